package kiln.runtime.interp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import kiln.runtime.Abstract;
import kiln.runtime.Errors;
import kiln.runtime.PyException;
import kiln.runtime.PyObject;
import kiln.runtime.exceptions.PyBaseException;
import kiln.runtime.exceptions.PyExceptions;
import kiln.runtime.main.FrozenModules;
import kiln.runtime.main.NativeModules;
import kiln.runtime.main.SourceRunner;
import kiln.runtime.modules.SysModule;
import kiln.runtime.types.PyDict;
import kiln.runtime.types.PyList;
import kiln.runtime.types.PyModule;
import kiln.runtime.types.PyNone;
import kiln.runtime.types.PyStr;
import kiln.runtime.types.PyTuple;

/**
 * The import statement (CPython 3.12: Python/import.c and importlib._bootstrap, reduced to what this stage
 * needs): native modules, then {@code .py} modules and packages found on sys.path. The complete importlib
 * machinery comes with the standard library.
 */
public final class Imports {
    private Imports() {}

    private static PyStr s(String n) { return PyStr.intern(n); }

    /** IMPORT_NAME / __import__. */
    public static PyObject importName(PyStr name, PyObject globals, PyObject locals, PyObject fromlist, int level) {
        String nm = name.value();
        if (level < 0) throw Errors.valueError("level must be >= 0");
        String absolute = level > 0 ? resolveName(nm, globals, level) : nm;
        if (level == 0 && nm.isEmpty()) throw Errors.valueError("Empty module name");
        PyModule leaf = importAbsolute(absolute);
        boolean hasFrom = fromlist != null && fromlist != PyNone.INSTANCE && Abstract.isTrue(fromlist);
        if (!hasFrom) {
            if (level == 0 || !nm.isEmpty()) {
                // `import a.b` binds a: the top-level package of what was named.
                int dot = nm.indexOf('.');
                if (level == 0) return dot < 0 ? leaf : (PyModule) SysModule.MODULES.getItem(new PyStr(nm.substring(0, dot)));
                String top = absolute.substring(0, absolute.length() - nm.length() + (dot < 0 ? nm.length() : dot));
                return SysModule.MODULES.getItem(new PyStr(top));
            }
            return leaf;
        }
        if (leaf.getDict().getStr(s("__path__")) != null) handleFromlist(leaf, absolute, fromlist);
        return leaf;
    }

    /** CPython's resolve_name for relative imports. */
    static String resolveName(String name, PyObject globals, int level) {
        if (!(globals instanceof PyDict g)) throw Errors.keyError(s("'__name__' not in globals"));
        PyObject pkg = g.getStr(s("__package__"));
        String base;
        if (pkg != null && pkg != PyNone.INSTANCE) {
            if (!(pkg instanceof PyStr ps)) throw Errors.typeError("package must be a string");
            base = ps.value();
        } else {
            PyObject modName = g.getStr(s("__name__"));
            if (!(modName instanceof PyStr mn)) throw Errors.keyError(s("'__name__' not in globals"));
            base = mn.value();
            if (g.getStr(s("__path__")) == null) {
                int dot = base.lastIndexOf('.');
                base = dot < 0 ? "" : base.substring(0, dot);
            }
        }
        if (base.isEmpty()) throw Errors.importError("attempted relative import with no known parent package");
        String b = base;
        for (int i = 1; i < level; i++) {
            int dot = b.lastIndexOf('.');
            if (dot < 0) throw Errors.importError("attempted relative import beyond top-level package");
            b = b.substring(0, dot);
        }
        return name.isEmpty() ? b : b + "." + name;
    }

    /** Imports a dotted name, parents first; returns the leaf module. */
    public static PyModule importAbsolute(String absolute) {
        PyObject cached = SysModule.MODULES.getItem(new PyStr(absolute));
        if (cached != null) {
            if (cached == PyNone.INSTANCE) throw notFound("import of " + absolute + " halted; None in sys.modules", absolute);
            return asModule(cached);
        }
        int dot = absolute.lastIndexOf('.');
        PyList searchPath = SysModule.PATH;
        PyModule parent = null;
        if (dot >= 0) {
            String parentName = absolute.substring(0, dot);
            parent = importAbsolute(parentName);
            cached = SysModule.MODULES.getItem(new PyStr(absolute));
            if (cached != null) return asModule(cached);
            PyObject p = parent.getDict().getStr(s("__path__"));
            if (p == null) {
                throw notFound("No module named '" + absolute + "'; '" + parentName + "' is not a package", absolute);
            }
            searchPath = p instanceof PyList pl ? pl : new PyList(Abstract.toArray(p));
        }
        PyModule m = NativeModules.create(absolute);
        if (m != null) {
            SysModule.MODULES.setItem(new PyStr(absolute), m);
        } else {
            m = loadFromPath(absolute, searchPath);
            if (m == null) throw notFound("No module named '" + absolute + "'", absolute);
        }
        if (parent != null) {
            // A submodule becomes an attribute of its package once loaded.
            Abstract.setAttr(parent, s(absolute.substring(dot + 1)), SysModule.MODULES.getItem(new PyStr(absolute)));
        }
        return asModule(SysModule.MODULES.getItem(new PyStr(absolute)));
    }

    private static PyModule asModule(PyObject o) {
        if (o instanceof PyModule m) return m;
        // Anything may sit in sys.modules; import returns it unchanged.
        return new ForeignModule(o).wrap();
    }

    private static PyException notFound(String msg, String name) {
        PyException e = Errors.of(PyExceptions.ModuleNotFoundError, msg);
        Abstract.setAttr(e.value, s("name"), new PyStr(name));
        return e;
    }

    private static PyModule loadFromPath(String absolute, PyList searchPath) {
        String last = absolute.substring(absolute.lastIndexOf('.') + 1);
        for (int i = 0; i < searchPath.size(); i++) {
            PyObject entry = searchPath.get(i);
            if (!(entry instanceof PyStr es)) continue;
            Path dir = Path.of(es.value().isEmpty() ? "." : es.value());
            Path pkgInit = dir.resolve(last).resolve("__init__.py");
            Path file = dir.resolve(last + ".py");
            if (Files.isRegularFile(pkgInit)) return load(absolute, pkgInit, true);
            if (Files.isRegularFile(file)) return load(absolute, file, false);
        }
        return null;
    }

    private static PyModule load(String name, Path file, boolean isPackage) {
        byte[] source;
        try {
            source = Files.readAllBytes(file);
        } catch (IOException e) {
            throw Errors.importError("cannot read " + file + ": " + e.getMessage());
        }
        String filename = file.toAbsolutePath().normalize().toString();
        PyModule m = new PyModule(name);
        PyDict d = m.getDict();
        if (isPackage) {
            PyList path = new PyList();
            path.append(new PyStr(file.getParent().toAbsolutePath().normalize().toString()));
            d.setItem("__path__", path);
            d.setItem("__package__", new PyStr(name));
        } else {
            int dot = name.lastIndexOf('.');
            d.setItem("__package__", new PyStr(dot < 0 ? "" : name.substring(0, dot)));
        }
        d.setItem("__file__", new PyStr(filename));
        // Where CPython would keep the bytecode (importlib's cache_from_source), though Kiln writes none.
        String stem = file.getFileName().toString();
        stem = stem.substring(0, stem.length() - 3);
        PyStr cached = new PyStr(file.toAbsolutePath().normalize().getParent().resolve("__pycache__")
                .resolve(stem + ".cpython-312.pyc").toString());
        d.setItem("__cached__", cached);
        d.setItem("__builtins__", kiln.runtime.modules.BuiltinsAccess.module());
        PyObject loader = Abstract.call(FrozenModules.attr("_frozen_importlib_external", "SourceFileLoader"),
                new PyStr(name), new PyStr(filename));
        PyObject spec = Abstract.call(FrozenModules.attr("_frozen_importlib", "_file_spec"), new PyStr(name), loader,
                new PyStr(filename), isPackage ? d.getStr(s("__path__")) : PyNone.INSTANCE);
        Abstract.setAttr(spec, s("cached"), cached);
        d.setItem("__loader__", loader);
        d.setItem("__spec__", spec);
        PyStr key = new PyStr(name);
        SysModule.MODULES.setItem(key, m);
        Abstract.setAttr(spec, s("_initializing"), kiln.runtime.types.PyBool.TRUE);
        try {
            SourceRunner.execModule(source, filename, m);
        } catch (RuntimeException e) {
            SysModule.MODULES.delItem(key);
            throw e;
        } finally {
            Abstract.setAttr(spec, s("_initializing"), kiln.runtime.types.PyBool.FALSE);
        }
        return m;
    }

    private static void handleFromlist(PyModule module, String moduleName, PyObject fromlist) {
        for (PyObject item : Abstract.toArray(fromlist)) {
            if (!(item instanceof PyStr name)) {
                throw Errors.typeError("Item in " + moduleName + ".__all__ must be str, not " + item.type().name());
            }
            if (name.value().equals("*")) {
                PyObject all = module.getDict().getStr(s("__all__"));
                if (all != null) handleFromlist(module, moduleName, all);
                continue;
            }
            if (module.getDict().getStr(name) == null) {
                try {
                    importAbsolute(moduleName + "." + name.value());
                } catch (PyException e) {
                    // A missing submodule is not an error here; IMPORT_FROM reports the missing name.
                    if (!e.matches(PyExceptions.ModuleNotFoundError)) throw e;
                    PyObject n = Abstract.lookupAttr(e.value, s("name"));
                    if (!(n instanceof PyStr ns) || !ns.value().equals(moduleName + "." + name.value())) throw e;
                }
            }
        }
    }

    /** IMPORT_FROM: an attribute, or a submodule that is in sys.modules, else ImportError. */
    public static PyObject importFrom(PyObject module, PyStr name) {
        PyObject v = Abstract.lookupAttr(module, name);
        if (v != null) return v;
        PyObject pkgName = Abstract.lookupAttr(module, "__name__");
        if (pkgName instanceof PyStr pn) {
            PyObject sub = SysModule.MODULES.getItem(new PyStr(pn.value() + "." + name.value()));
            if (sub != null) return sub;
        }
        String modName = pkgName instanceof PyStr pn ? pn.value() : "<unknown module name>";
        PyObject file = Abstract.lookupAttr(module, "__file__");
        String where = file instanceof PyStr fs ? " (" + fs.value() + ")" : " (unknown location)";
        boolean initializing = module instanceof PyModule pm && SourceRunner.isInitializing(pm);
        String msg = initializing
                ? "cannot import name '" + name.value() + "' from partially initialized module '" + modName
                  + "' (most likely due to a circular import)" + where
                : "cannot import name '" + name.value() + "' from '" + modName + "'" + where;
        PyException e = Errors.importError(msg);
        // name, path and name_from, as _PyErr_SetImportErrorWithNameFrom sets them (they feed "Did you mean").
        Abstract.setAttr(e.value, s("name"), pkgName instanceof PyStr ? pkgName : PyNone.INSTANCE);
        Abstract.setAttr(e.value, s("path"), file instanceof PyStr ? file : PyNone.INSTANCE);
        Abstract.setAttr(e.value, s("name_from"), name);
        return raise(e);
    }

    private static PyObject raise(PyException e) { throw e; }

    /** `from m import *`: copies public names (or __all__) into the namespace. */
    public static void importStar(PyObject module, PyObject locals) {
        PyObject all = Abstract.lookupAttr(module, "__all__");
        boolean skipPrivate = all == null;
        PyObject[] names;
        if (all == null) {
            PyObject d = Abstract.lookupAttr(module, "__dict__");
            if (d == null) throw Errors.importError("from-import-* object has no __dict__ and no __all__");
            names = Abstract.toArray(Abstract.call(Abstract.getAttr(d, "keys")));
        } else {
            names = Abstract.toArray(all);
        }
        for (PyObject n : names) {
            if (!(n instanceof PyStr ns)) {
                String modName = Abstract.strJava(Abstract.getAttr(module, "__name__"));
                throw Errors.typeError((skipPrivate ? "Key in " + modName + ".__dict__" : "Item in " + modName + ".__all__")
                        + " must be str, not " + n.type().name());
            }
            if (skipPrivate && ns.value().startsWith("_")) continue;
            Abstract.setItem(locals, ns, Abstract.getAttr(module, ns));
        }
    }

    /** Placeholder for objects other than modules found in sys.modules. */
    private record ForeignModule(PyObject o) {
        PyModule wrap() { throw Errors.importError("sys.modules entry is not a module: " + Abstract.reprJava(o)); }
    }

    static PyTuple unused() { return null; }
    static PyBaseException unused2() { return null; }
}
