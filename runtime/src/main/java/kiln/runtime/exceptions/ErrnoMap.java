package kiln.runtime.exceptions;

import kiln.runtime.PyType;

/** errno -> OSError subclass, as CPython 3.12 builds errnomap (Linux errno values). */
final class ErrnoMap {
    private ErrnoMap() {}

    static PyType subclassFor(int errno) {
        return switch (errno) {
            case 11, 114, 115 -> PyExceptions.BlockingIOError;       // EAGAIN/EWOULDBLOCK, EALREADY, EINPROGRESS
            case 10 -> PyExceptions.ChildProcessError;                // ECHILD
            case 32, 108 -> PyExceptions.BrokenPipeError;             // EPIPE, ESHUTDOWN
            case 103 -> PyExceptions.ConnectionAbortedError;          // ECONNABORTED
            case 111 -> PyExceptions.ConnectionRefusedError;          // ECONNREFUSED
            case 104 -> PyExceptions.ConnectionResetError;            // ECONNRESET
            case 17 -> PyExceptions.FileExistsError;                  // EEXIST
            case 2 -> PyExceptions.FileNotFoundError;                 // ENOENT
            case 21 -> PyExceptions.IsADirectoryError;                // EISDIR
            case 20 -> PyExceptions.NotADirectoryError;               // ENOTDIR
            case 4 -> PyExceptions.InterruptedError;                  // EINTR
            case 13, 1 -> PyExceptions.PermissionError;               // EACCES, EPERM
            case 3 -> PyExceptions.ProcessLookupError;                // ESRCH
            case 110 -> PyExceptions.TimeoutError;                    // ETIMEDOUT
            default -> null;
        };
    }
}
