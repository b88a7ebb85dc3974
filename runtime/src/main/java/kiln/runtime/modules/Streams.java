package kiln.runtime.modules;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import kiln.runtime.Errors;
import kiln.runtime.PyObject;
import kiln.runtime.PyType;
import kiln.runtime.types.PyBool;
import kiln.runtime.types.PyInt;
import kiln.runtime.types.PyNone;
import kiln.runtime.types.PyStr;

/**
 * The process's standard streams as minimal Python text streams (until the io module exists): buffered UTF-8
 * writers over file descriptors 1 and 2 and a UTF-8 line reader over 0. {@link #flushAll()} runs at exit.
 * stdout is line-buffered on a terminal and block-buffered otherwise, as CPython's; stderr writes through.
 */
public final class Streams {
    private Streams() {}

    /** A text stream object: {@code write}, {@code flush}, {@code readline}, ... */
    public static final class TextStream extends PyObject {
        public static final PyType TYPE = new PyType("TextIOWrapper", PyType.OBJECT, 0);

        final String name, mode;
        final OutputStream out;
        final InputStream in;
        final boolean lineBuffered, writeThrough;
        final int fd;
        private byte[] buf = new byte[8192];
        private int len;
        private boolean closed;

        TextStream(String name, int fd, OutputStream out, InputStream in, boolean lineBuffered, boolean writeThrough) {
            super(TYPE);
            this.name = name;
            this.fd = fd;
            this.out = out;
            this.in = in;
            this.mode = out != null ? "w" : "r";
            this.lineBuffered = lineBuffered;
            this.writeThrough = writeThrough;
        }

        /** Writes text (encoded as UTF-8); returns the number of code points written, as TextIOWrapper.write. */
        public synchronized int write(String s) {
            if (out == null) throw Errors.of(unsupported(), "not writable");
            if (closed) throw Errors.valueError("I/O operation on closed file.");
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            if (len + b.length > buf.length) {
                flushBuffer();
                if (b.length > buf.length) {
                    try {
                        out.write(b);
                    } catch (IOException e) {
                        throw Errors.osError(e.getMessage());
                    }
                    b = new byte[0];
                }
            }
            System.arraycopy(b, 0, buf, len, b.length);
            len += b.length;
            if (writeThrough || (lineBuffered && s.indexOf('\n') >= 0)) flush();
            return s.codePointCount(0, s.length());
        }

        private void flushBuffer() {
            if (len == 0) return;
            try {
                out.write(buf, 0, len);
            } catch (IOException e) {
                len = 0;
                throw Errors.osError(e.getMessage());
            }
            len = 0;
        }

        public synchronized void flush() {
            if (out == null) return;
            flushBuffer();
            try {
                out.flush();
            } catch (IOException e) {
                throw Errors.osError(e.getMessage());
            }
        }

        /** One line including its '\n', or "" at end of file. */
        public synchronized String readline() {
            if (in == null) throw Errors.of(unsupported(), "not readable");
            java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
            try {
                int c;
                while ((c = in.read()) >= 0) {
                    line.write(c);
                    if (c == '\n') break;
                }
            } catch (IOException e) {
                throw Errors.osError(e.getMessage());
            }
            return line.toString(StandardCharsets.UTF_8);
        }

        public synchronized String readAll() {
            if (in == null) throw Errors.of(unsupported(), "not readable");
            try {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw Errors.osError(e.getMessage());
            }
        }

        private static PyType unsupported() {
            // io.UnsupportedOperation derives from OSError and ValueError; until io exists, OSError stands in.
            return kiln.runtime.exceptions.PyExceptions.OSError;
        }

        static {
            TYPE.define("__module__", new PyStr("_io"));
            TYPE.tp_repr = self -> {
                TextStream t = (TextStream) self;
                return new PyStr("<_io.TextIOWrapper name='" + t.name + "' mode='" + t.mode + "' encoding='utf-8'>");
            };
            TYPE.tp_iter = self -> self;
            TYPE.tp_iternext = self -> {
                String l = ((TextStream) self).readline();
                return l.isEmpty() ? null : new PyStr(l);
            };
            TYPE.method("write", (self, s) -> {
                if (!(s instanceof PyStr ps)) {
                    throw Errors.typeError("write() argument must be str, not " + s.type().name());
                }
                return PyInt.valueOf(((TextStream) self).write(ps.value()));
            });
            TYPE.method("flush", self -> {
                ((TextStream) self).flush();
                return PyNone.INSTANCE;
            });
            TYPE.methodN("readline", 0, 1, (self, a) -> new PyStr(((TextStream) self).readline()));
            TYPE.methodN("read", 0, 1, (self, a) -> new PyStr(((TextStream) self).readAll()));
            TYPE.method("fileno", self -> PyInt.valueOf(((TextStream) self).fd));
            TYPE.method("isatty", self -> PyBool.of(System.console() != null && ((TextStream) self).fd != 0));
            TYPE.method("readable", self -> PyBool.of(((TextStream) self).in != null));
            TYPE.method("writable", self -> PyBool.of(((TextStream) self).out != null));
            TYPE.method("seekable", self -> PyBool.FALSE);
            TYPE.method("close", self -> {
                TextStream t = (TextStream) self;
                t.flush();
                t.closed = true;
                return PyNone.INSTANCE;
            });
            TYPE.getter("closed", self -> PyBool.of(((TextStream) self).closed));
            TYPE.getter("name", self -> new PyStr(((TextStream) self).name));
            TYPE.getter("mode", self -> new PyStr(((TextStream) self).mode));
            TYPE.getter("encoding", self -> new PyStr("utf-8"));
            TYPE.getter("errors", self -> new PyStr(((TextStream) self).fd == 2 ? "backslashreplace" : "strict"));
            TYPE.getter("line_buffering", self -> PyBool.of(((TextStream) self).lineBuffered));
            TYPE.getter("write_through", self -> PyBool.of(((TextStream) self).writeThrough));
            TYPE.getter("newlines", self -> PyNone.INSTANCE);
            TYPE.ready();
        }
    }

    private static final boolean TTY = System.console() != null;
    private static final TextStream STDOUT = new TextStream("<stdout>", 1, new FileOutputStream(FileDescriptor.out), null, TTY, false);
    private static final TextStream STDERR = new TextStream("<stderr>", 2, new FileOutputStream(FileDescriptor.err), null, true, true);
    private static final TextStream STDIN = new TextStream("<stdin>", 0, null, new FileInputStream(FileDescriptor.in), false, false);

    /** A write-only text stream over any byte stream (tests capture print() output with it; sys may wrap files). */
    public static TextStream textStream(String name, OutputStream out, boolean lineBuffered) {
        return new TextStream(name, -1, out, null, lineBuffered, false);
    }

    static {
        // A safety net: output buffered when the JVM exits some other way than the launcher's normal exit.
        Runtime.getRuntime().addShutdownHook(new Thread(Streams::flushAll, "kiln-flush"));
    }

    public static TextStream stdout() { return STDOUT; }
    public static TextStream stderr() { return STDERR; }
    public static TextStream stdin() { return STDIN; }

    /** Flushes stdout and stderr (at exit, and before reading stdin). */
    public static void flushAll() {
        BuiltinsModuleIO.flushOpenFiles();
        try {
            STDOUT.flush();
        } catch (RuntimeException ignored) {
            // A closed pipe at exit is not worth a traceback.
        }
        try {
            STDERR.flush();
        } catch (RuntimeException ignored) {
            // as above
        }
    }
}
