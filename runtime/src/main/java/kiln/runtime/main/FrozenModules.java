package kiln.runtime.main;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;

import kiln.runtime.Abstract;
import kiln.runtime.PyObject;
import kiln.runtime.types.PyCode;
import kiln.runtime.types.PyDict;
import kiln.runtime.types.PyModule;
import kiln.runtime.types.PyStr;

/**
 * Small Python modules the runtime itself needs before the standard library can be imported, written here in
 * Python because in CPython they are Python too: the module spec and source loader of the import system
 * ({@code _frozen_importlib}, {@code _frozen_importlib_external}) and the pickling helpers of {@code copyreg}
 * that {@code object.__reduce_ex__} hands out. Each is compiled on first use. They are not put in
 * {@code sys.modules}: {@code import copyreg} must keep failing until the real module can be loaded, and then
 * these subsets give way to it.
 */
public final class FrozenModules {
    private FrozenModules() {}

    private static final HashMap<String, PyModule> LOADED = new HashMap<>();

    private static final String IMPORTLIB = """
            class ModuleSpec:
                \"""The specification for a module, used for loading.\"""

                def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
                    self.name = name
                    self.loader = loader
                    self.origin = origin
                    self.loader_state = loader_state
                    self.submodule_search_locations = [] if is_package else None
                    self._uninitialized_submodules = []
                    self._set_fileattr = False
                    self._cached = None

                def __repr__(self):
                    parts = [f'name={self.name!r}', f'loader={self.loader!r}']
                    if self.origin is not None:
                        parts.append(f'origin={self.origin!r}')
                    if self.submodule_search_locations is not None:
                        parts.append(f'submodule_search_locations={self.submodule_search_locations}')
                    return f'{self.__class__.__name__}({", ".join(parts)})'

                def __eq__(self, other):
                    try:
                        return (self.name == other.name and self.loader == other.loader
                                and self.origin == other.origin
                                and self.submodule_search_locations == other.submodule_search_locations
                                and self.cached == other.cached and self.has_location == other.has_location)
                    except AttributeError:
                        return NotImplemented

                @property
                def cached(self):
                    return self._cached

                @cached.setter
                def cached(self, cached):
                    self._cached = cached

                @property
                def parent(self):
                    if self.submodule_search_locations is None:
                        return self.name.rpartition('.')[0]
                    return self.name

                @property
                def has_location(self):
                    return self._set_fileattr

                @has_location.setter
                def has_location(self, value):
                    self._set_fileattr = bool(value)


            def _file_spec(name, loader, origin, search_locations):
                spec = ModuleSpec(name, loader, origin=origin)
                spec._set_fileattr = True
                spec.submodule_search_locations = search_locations
                return spec
            """;

    private static final String IMPORTLIB_EXTERNAL = """
            class SourceFileLoader:
                \"""Loads a module from a .py file.\"""

                def __init__(self, fullname, path):
                    self.name = fullname
                    self.path = path

                def __eq__(self, other):
                    return self.__class__ == other.__class__ and self.__dict__ == other.__dict__

                def __hash__(self):
                    return hash(self.name) ^ hash(self.path)

                def get_filename(self, name=None):
                    return self.path

                def is_package(self, fullname):
                    tail = self.path.rpartition('/')[2]
                    return tail.rpartition('.')[0] == '__init__' and fullname.rpartition('.')[2] != '__init__'
            """;

    private static final String COPYREG = """
            def __newobj__(cls, *args):
                return cls.__new__(cls, *args)

            def __newobj_ex__(cls, args, kwargs):
                return cls.__new__(cls, *args, **kwargs)

            def _reconstructor(cls, base, state):
                if base is object:
                    obj = object.__new__(cls)
                else:
                    obj = base.__new__(cls, state)
                    if base.__init__ != object.__init__:
                        base.__init__(obj, state)
                return obj

            _HEAPTYPE = 1 << 9
            _new_type = type(int.__new__)

            def _reduce_ex(self, proto):
                assert proto < 2
                cls = self.__class__
                for base in cls.__mro__:
                    if hasattr(base, '__flags__') and not base.__flags__ & _HEAPTYPE:
                        break
                    new = base.__new__
                    if isinstance(new, _new_type) and new.__self__ is base:
                        break
                else:
                    base = object
                if base is object:
                    state = None
                else:
                    if base is cls:
                        raise TypeError(f"cannot pickle {cls.__name__!r} object")
                    state = base(self)
                args = (cls, base, state)
                try:
                    getstate = self.__getstate__
                except AttributeError:
                    if getattr(self, "__slots__", None):
                        raise TypeError(f"cannot pickle {cls.__name__!r} object: a class that defines __slots__ "
                                        f"without defining __getstate__ cannot be pickled with protocol {proto}") from None
                    try:
                        state_dict = self.__dict__
                    except AttributeError:
                        state_dict = None
                else:
                    if type(self).__getstate__ is object.__getstate__ and getattr(self, "__slots__", None):
                        raise TypeError("a class that defines __slots__ without defining __getstate__ cannot be pickled")
                    state_dict = getstate()
                if state_dict:
                    return _reconstructor, args, state_dict
                return _reconstructor, args

            def _slotnames(cls):
                names = cls.__dict__.get("__slotnames__")
                if names is not None:
                    return names
                names = []
                if not hasattr(cls, "__slots__"):
                    pass
                else:
                    for c in cls.__mro__:
                        if "__slots__" in c.__dict__:
                            slots = c.__dict__['__slots__']
                            if isinstance(slots, str):
                                slots = (slots,)
                            for name in slots:
                                if name in ("__dict__", "__weakref__"):
                                    continue
                                elif name.startswith('__') and not name.endswith('__'):
                                    stripped = c.__name__.lstrip('_')
                                    if stripped:
                                        names.append('_%s%s' % (stripped, name))
                                    else:
                                        names.append(name)
                                else:
                                    names.append(name)
                try:
                    cls.__slotnames__ = names
                except:
                    pass
                return names
            """;

    /** The frozen module {@code name}, compiled and run on first use. */
    public static synchronized PyModule get(String name) {
        PyModule m = LOADED.get(name);
        if (m != null) return m;
        String source = switch (name) {
            case "_frozen_importlib" -> IMPORTLIB;
            case "_frozen_importlib_external" -> IMPORTLIB_EXTERNAL;
            case "copyreg" -> COPYREG;
            default -> throw new IllegalArgumentException(name);
        };
        m = new PyModule(name);
        PyDict d = m.getDict();
        d.setItem("__builtins__", kiln.runtime.modules.BuiltinsAccess.module());
        PyCode code = SourceRunner.compileFile(source.getBytes(StandardCharsets.UTF_8), "<frozen " + name + ">");
        LOADED.put(name, m);
        SourceRunner.exec(code, d);
        return m;
    }

    /** An attribute of a frozen module. */
    public static PyObject attr(String module, String name) {
        return Abstract.getAttr(get(module), PyStr.intern(name));
    }
}
