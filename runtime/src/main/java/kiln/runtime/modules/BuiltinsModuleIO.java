package kiln.runtime.modules;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;

import kiln.runtime.Abstract;
import kiln.runtime.ArgParser;
import kiln.runtime.Errors;
import kiln.runtime.PyException;
import kiln.runtime.PyNumber;
import kiln.runtime.PyObject;
import kiln.runtime.PyType;
import kiln.runtime.exceptions.PyExceptions;
import kiln.runtime.types.PyBool;
import kiln.runtime.types.PyBytes;
import kiln.runtime.types.PyInt;
import kiln.runtime.types.PyList;
import kiln.runtime.types.PyModule;
import kiln.runtime.types.PyNone;
import kiln.runtime.types.PyStr;

/** print, input and a minimal open() (the full io stack comes later). */
public final class BuiltinsModuleIO {
    private BuiltinsModuleIO() {}

    private static final PyStr WRITE = PyStr.intern("write"), FLUSH = PyStr.intern("flush"), READLINE = PyStr.intern("readline");

    /** sys.&lt;name&gt;, or the process stream while sys does not exist yet. */
    static PyObject sysStream(String name, PyObject fallback) {
        PyModule sys = BuiltinsAccess.sysModule();
        if (sys == null) return fallback;
        PyObject v = sys.getDict().getItem(name);
        if (v == null) throw Errors.runtimeError("lost sys." + name);
        return v;
    }

    static void write(PyObject file, String s) {
        if (file instanceof Streams.TextStream t) t.write(s);
        else Abstract.call(Abstract.getAttr(file, WRITE), new PyStr(s));
    }

    static void flush(PyObject file) {
        if (file instanceof Streams.TextStream t) t.flush();
        else Abstract.call0(Abstract.getAttr(file, FLUSH));
    }

    static PyObject print(PyObject self, PyObject[] a, int off, int n, PyStr[] kw) {
        PyObject sep = null, end = null, file = null, fl = null;
        if (kw != null) {
            for (int k = 0; k < kw.length; k++) {
                PyObject v = a[off + n + k];
                switch (kw[k].value()) {
                    case "sep" -> sep = v;
                    case "end" -> end = v;
                    case "file" -> file = v;
                    case "flush" -> fl = v;
                    default -> throw Errors.typeError("'" + kw[k].value() + "' is an invalid keyword argument for print()");
                }
            }
        }
        if (file == null || file == PyNone.INSTANCE) {
            file = sysStream("stdout", Streams.stdout());
            if (file == PyNone.INSTANCE) return PyNone.INSTANCE;
        }
        String sepS = " ", endS = "\n";
        if (sep != null && sep != PyNone.INSTANCE) {
            if (!(sep instanceof PyStr s)) throw Errors.typeError("sep must be None or a string, not " + sep.type().name());
            sepS = s.value();
        }
        if (end != null && end != PyNone.INSTANCE) {
            if (!(end instanceof PyStr s)) throw Errors.typeError("end must be None or a string, not " + end.type().name());
            endS = s.value();
        }
        if (file instanceof Streams.TextStream t) {
            // One write of the whole line: same bytes, fewer calls.
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < n; i++) {
                if (i > 0) sb.append(sepS);
                sb.append(Abstract.strJava(a[off + i]));
            }
            t.write(sb.append(endS).toString());
        } else {
            for (int i = 0; i < n; i++) {
                if (i > 0) write(file, sepS);
                write(file, Abstract.strJava(a[off + i]));
            }
            write(file, endS);
        }
        if (fl != null && Abstract.isTrue(fl)) flush(file);
        return PyNone.INSTANCE;
    }

    static PyObject input(PyObject self, PyObject[] a, int off, int n, PyStr[] kw) {
        BuiltinsModuleCore.range("input", n, kw, 0, 1);
        PyObject in = sysStream("stdin", Streams.stdin());
        PyObject out = sysStream("stdout", Streams.stdout());
        PyObject err = sysStream("stderr", Streams.stderr());
        if (in == PyNone.INSTANCE) throw Errors.runtimeError("input(): lost sys.stdin");
        if (out == PyNone.INSTANCE) throw Errors.runtimeError("input(): lost sys.stdout");
        if (err != PyNone.INSTANCE) {
            try {
                flush(err);
            } catch (PyException ignored) {
                // CPython ignores a failing stderr flush here.
            }
        }
        if (n == 1 && a[off] != PyNone.INSTANCE) write(out, Abstract.strJava(a[off]));
        flush(out);
        String line;
        if (in instanceof Streams.TextStream t) {
            line = t.readline();
        } else {
            PyObject r = Abstract.call0(Abstract.getAttr(in, READLINE));
            if (!(r instanceof PyStr s)) throw Errors.typeError("object.readline() returned non-string");
            line = s.value();
        }
        if (line.isEmpty()) throw Errors.eofError("EOF when reading a line");
        if (line.endsWith("\n")) line = line.substring(0, line.length() - 1);
        return new PyStr(line);
    }

    // --- open() ---

    private static final String[] OPEN_NAMES =
            {"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"};
    private static final ArgParser OPEN = new ArgParser("open", OPEN_NAMES, 0, 1, 8);

    private static final ArrayList<FileObject> OPEN_WRITERS = new ArrayList<>();

    /** Flushes every file still open for writing (at exit). */
    public static synchronized void flushOpenFiles() {
        for (FileObject f : new ArrayList<>(OPEN_WRITERS)) {
            try {
                f.flushOut();
            } catch (RuntimeException ignored) {
                // best effort at exit
            }
        }
    }

    static PyException osError(IOException e, String path) {
        PyType t = PyExceptions.OSError;
        int errno = 5;
        String msg = e.getMessage() == null ? "Input/output error" : e.getMessage();
        if (e instanceof NoSuchFileException) {
            t = PyExceptions.FileNotFoundError;
            errno = 2;
            msg = "No such file or directory";
        } else if (e instanceof AccessDeniedException) {
            t = PyExceptions.PermissionError;
            errno = 13;
            msg = "Permission denied";
        } else if (e instanceof FileAlreadyExistsException) {
            t = PyExceptions.FileExistsError;
            errno = 17;
            msg = "File exists";
        }
        return Errors.of(t, PyInt.valueOf(errno), new PyStr(msg), new PyStr(path));
    }

    static PyObject open(PyObject self, PyObject[] a, int off, int n, PyStr[] kw) {
        PyObject[] p = OPEN.parse(a, off, n, kw);
        String mode = "r";
        if (p[1] != null) {
            if (!(p[1] instanceof PyStr m)) throw Errors.typeError("open() argument 'mode' must be str, not " + p[1].type().name());
            mode = m.value();
        }
        if (p[2] != null) PyNumber.asLong(p[2]); // buffering: an int, as Argument Clinic's 'i' converter checks
        for (int i = 3; i <= 5; i++) {
            if (p[i] != null && p[i] != PyNone.INSTANCE && !(p[i] instanceof PyStr)) {
                throw Errors.typeError("open() argument '" + OPEN_NAMES[i] + "' must be str or None, not " + p[i].type().name());
            }
        }
        PyObject file = p[0];
        if (!(file instanceof PyStr)) {
            PyObject fs = Abstract.lookupAttr(file, "__fspath__");
            if (fs != null) file = Abstract.call0(fs);
        }
        if (!(file instanceof PyStr fname)) {
            throw Errors.typeError("expected str, bytes or os.PathLike object, not " + p[0].type().name());
        }
        boolean binary = mode.indexOf('b') >= 0, text = mode.indexOf('t') >= 0;
        int kinds = 0;
        for (char c : new char[] {'r', 'w', 'a', 'x'}) if (mode.indexOf(c) >= 0) kinds++;
        for (char c : mode.toCharArray()) {
            if ("rwaxbt+".indexOf(c) < 0 || mode.indexOf(c) != mode.lastIndexOf(c)) {
                throw Errors.valueError("invalid mode: '" + mode + "'");
            }
        }
        if (kinds != 1) throw Errors.valueError("must have exactly one of create/read/write/append mode");
        if (binary && text) throw Errors.valueError("can't have text and binary mode at once");
        Charset cs = StandardCharsets.UTF_8;
        if (p[3] != null && p[3] != PyNone.INSTANCE) {
            if (binary) throw Errors.valueError("binary mode doesn't take an encoding argument");
            String enc = Abstract.strJava(p[3]);
            try {
                cs = Charset.forName(enc);
            } catch (RuntimeException e) {
                throw Errors.of(PyExceptions.LookupError, "unknown encoding: " + enc);
            }
        }
        return new FileObject(fname.value(), mode, binary, cs);
    }

    /** The object open() returns: a whole-file reader or a buffered writer. */
    static final class FileObject extends PyObject {
        static final PyType TEXT = new PyType("TextIOWrapper", PyType.OBJECT, 0);
        static final PyType BREADER = new PyType("BufferedReader", PyType.OBJECT, 0);
        static final PyType BWRITER = new PyType("BufferedWriter", PyType.OBJECT, 0);

        final String name, mode;
        final boolean binary;
        final Charset charset;
        boolean closed;
        // reading
        String text;
        byte[] data;
        int pos;
        // writing
        FileOutputStream out;
        java.io.ByteArrayOutputStream pending;

        FileObject(String name, String mode, boolean binary, Charset cs) {
            super(binary ? (mode.indexOf('r') >= 0 ? BREADER : BWRITER) : TEXT);
            this.name = name;
            this.mode = mode;
            this.binary = binary;
            this.charset = cs;
            Path path = Path.of(name);
            try {
                if (Files.isDirectory(path)) {
                    throw Errors.of(PyExceptions.IsADirectoryError, PyInt.valueOf(21), new PyStr("Is a directory"), new PyStr(name));
                }
                if (mode.indexOf('r') >= 0) {
                    byte[] b = Files.readAllBytes(path);
                    if (binary) data = b;
                    else text = universalNewlines(new String(b, cs));
                    if (mode.indexOf('+') >= 0) openWriter(path, true);
                } else {
                    if (mode.indexOf('x') >= 0 && Files.exists(path)) throw new FileAlreadyExistsException(name);
                    openWriter(path, mode.indexOf('a') >= 0);
                }
            } catch (IOException e) {
                throw osError(e, name);
            }
        }

        private void openWriter(Path path, boolean append) throws IOException {
            if (path.getParent() != null && !Files.isDirectory(path.getParent())) throw new NoSuchFileException(name);
            try {
                out = new FileOutputStream(path.toFile(), append);
            } catch (java.io.FileNotFoundException e) {
                throw Files.exists(path) ? new AccessDeniedException(name) : new NoSuchFileException(name);
            }
            pending = new java.io.ByteArrayOutputStream();
            synchronized (BuiltinsModuleIO.class) {
                OPEN_WRITERS.add(this);
            }
        }

        static String universalNewlines(String s) {
            if (s.indexOf('\r') < 0) return s;
            return s.replace("\r\n", "\n").replace('\r', '\n');
        }

        void checkOpen() {
            if (closed) throw Errors.valueError("I/O operation on closed file.");
        }

        void flushOut() {
            if (out == null || pending.size() == 0) return;
            try {
                pending.writeTo(out);
                out.flush();
            } catch (IOException e) {
                throw osError(e, name);
            }
            pending.reset();
        }

        void close() {
            if (closed) return;
            flushOut();
            closed = true;
            if (out != null) {
                try {
                    out.close();
                } catch (IOException e) {
                    throw osError(e, name);
                }
                synchronized (BuiltinsModuleIO.class) {
                    OPEN_WRITERS.remove(this);
                }
            }
        }

        PyObject read(long size) {
            checkOpen();
            if (text == null && data == null) throw Errors.of(PyExceptions.OSError, "not readable");
            if (binary) {
                int end = size < 0 ? data.length : (int) Math.min(data.length, pos + size);
                byte[] r = java.util.Arrays.copyOfRange(data, pos, end);
                pos = end;
                return new PyBytes(r);
            }
            int end;
            if (size < 0) end = text.length();
            else {
                end = pos;
                for (long k = 0; k < size && end < text.length(); k++) end += Character.charCount(text.codePointAt(end));
            }
            String r = text.substring(pos, end);
            pos = end;
            return new PyStr(r);
        }

        PyObject readline() {
            checkOpen();
            if (text == null && data == null) throw Errors.of(PyExceptions.OSError, "not readable");
            if (binary) {
                int i = pos;
                while (i < data.length && data[i] != '\n') i++;
                int end = Math.min(data.length, i + 1);
                byte[] r = java.util.Arrays.copyOfRange(data, pos, end);
                pos = end;
                return new PyBytes(r);
            }
            int i = text.indexOf('\n', pos);
            int end = i < 0 ? text.length() : i + 1;
            String r = text.substring(pos, end);
            pos = end;
            return new PyStr(r);
        }

        boolean atEnd() { return binary ? pos >= data.length : pos >= text.length(); }

        int write(PyObject s) {
            checkOpen();
            if (out == null) throw Errors.of(PyExceptions.OSError, "not writable");
            if (binary) {
                if (!(s instanceof PyBytes b)) {
                    throw Errors.typeError("a bytes-like object is required, not '" + s.type().name() + "'");
                }
                pending.writeBytes(b.bytes);
                if (pending.size() > 65536) flushOut();
                return b.bytes.length;
            }
            if (!(s instanceof PyStr ps)) throw Errors.typeError("write() argument must be str, not " + s.type().name());
            pending.writeBytes(ps.value().getBytes(charset));
            if (pending.size() > 65536) flushOut();
            return ps.length();
        }

        private static FileObject f(PyObject o) { return (FileObject) o; }

        static void init(PyType t) {
            t.define("__module__", new PyStr("_io"));
            t.tp_repr = self -> new PyStr("<_io." + self.type().name() + " name=" + Abstract.reprJava(new PyStr(f(self).name))
                    + (f(self).binary ? ">" : " mode='" + f(self).mode + "' encoding='" + f(self).charset.name().toUpperCase().replace("UTF-8", "UTF-8") + "'>"));
            t.tp_iter = self -> {
                f(self).checkOpen();
                return self;
            };
            t.tp_iternext = self -> {
                FileObject fo = f(self);
                fo.checkOpen();
                if (fo.atEnd()) return null;
                return fo.readline();
            };
            t.methodN("read", 0, 1, (self, a) -> f(self).read(a[0] == null || a[0] == PyNone.INSTANCE ? -1 : kiln.runtime.PyNumber.asLong(a[0])));
            t.methodN("readline", 0, 1, (self, a) -> f(self).readline());
            t.methodN("readlines", 0, 1, (self, a) -> {
                FileObject fo = f(self);
                PyList l = new PyList();
                while (!fo.atEnd()) l.append(fo.readline());
                return l;
            });
            t.method("write", (self, s) -> PyInt.valueOf(f(self).write(s)));
            t.method("writelines", (self, lines) -> {
                PyObject it = Abstract.getIter(lines);
                for (PyObject x; (x = Abstract.next(it)) != null; ) f(self).write(x);
                return PyNone.INSTANCE;
            });
            t.method("flush", self -> {
                f(self).checkOpen();
                f(self).flushOut();
                return PyNone.INSTANCE;
            });
            t.method("close", self -> {
                f(self).close();
                return PyNone.INSTANCE;
            });
            t.method("readable", self -> PyBool.of(f(self).text != null || f(self).data != null));
            t.method("writable", self -> PyBool.of(f(self).out != null));
            t.method("seekable", self -> PyBool.FALSE);
            t.method("__enter__", self -> {
                f(self).checkOpen();
                return self;
            });
            t.methodN("__exit__", 0, 3, (self, a) -> {
                f(self).close();
                return PyNone.INSTANCE;
            });
            t.getter("closed", self -> PyBool.of(f(self).closed));
            t.getter("name", self -> new PyStr(f(self).name));
            t.getter("mode", self -> new PyStr(f(self).mode));
            if (t == TEXT) t.getter("encoding", self -> new PyStr(f(self).charset == StandardCharsets.UTF_8 ? "UTF-8" : f(self).charset.name()));
            t.ready();
        }

        static {
            init(TEXT);
            init(BREADER);
            init(BWRITER);
        }
    }
}
