package kiln.compiler;

import static kiln.compiler.Opcode.*;

/**
 * Net stack effect of one instruction, on the fall-through path or on the jump path.
 * CPython 3.12: Python/compile.c, stack_effect (real opcodes from opcode_metadata.h, plus the pseudo-ops).
 */
public final class StackEffect {
    private StackEffect() {}

    /** Marker for opcodes without a defined effect (specialized or unknown). */
    public static final int INVALID = Integer.MIN_VALUE;

    public static int of(int op, int oparg, boolean jump) {
        switch (op) {
            case NOP, RESUME, EXTENDED_ARG, CACHE, RESERVED, UNARY_NEGATIVE, UNARY_NOT, UNARY_INVERT,
                 CHECK_EXC_MATCH, CHECK_EG_MATCH, GET_AITER, GET_ITER, GET_YIELD_FROM_ITER, RETURN_GENERATOR,
                 SETUP_ANNOTATIONS, DELETE_NAME, DELETE_GLOBAL, SWAP, JUMP_FORWARD, RETURN_CONST, SEND,
                 DELETE_FAST, GET_AWAITABLE, JUMP_BACKWARD_NO_INTERRUPT, MAKE_CELL, DELETE_DEREF, JUMP_BACKWARD,
                 COPY_FREE_VARS, YIELD_VALUE, KW_NAMES, CALL_INTRINSIC_1, LOAD_FROM_DICT_OR_GLOBALS,
                 LOAD_FROM_DICT_OR_DEREF, POP_BLOCK, JUMP, JUMP_NO_INTERRUPT:
                return 0;
            case POP_TOP, END_SEND, BINARY_SUBSCR, CLEANUP_THROW, RETURN_VALUE, POP_EXCEPT, STORE_NAME,
                 STORE_GLOBAL, COMPARE_OP, IMPORT_NAME, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, POP_JUMP_IF_NONE,
                 POP_JUMP_IF_NOT_NONE, IS_OP, CONTAINS_OP, RERAISE, BINARY_OP, STORE_FAST, STORE_DEREF,
                 LIST_APPEND, SET_ADD, LIST_EXTEND, SET_UPDATE, DICT_MERGE, DICT_UPDATE, CALL_INTRINSIC_2,
                 DELETE_ATTR, INTERPRETER_EXIT, STORE_FAST_MAYBE_NULL, LOAD_SUPER_METHOD, LOAD_ZERO_SUPER_METHOD,
                 LOAD_ZERO_SUPER_ATTR:
                return -1;
            case PUSH_NULL, GET_LEN, MATCH_MAPPING, MATCH_SEQUENCE, MATCH_KEYS, PUSH_EXC_INFO, WITH_EXCEPT_START,
                 GET_ANEXT, BEFORE_ASYNC_WITH, BEFORE_WITH, LOAD_BUILD_CLASS, LOAD_ASSERTION_ERROR, LOAD_LOCALS,
                 FOR_ITER, LOAD_CONST, LOAD_NAME, IMPORT_FROM, COPY, LOAD_FAST, LOAD_FAST_CHECK, LOAD_CLOSURE,
                 LOAD_DEREF, LOAD_FAST_AND_CLEAR, LOAD_METHOD:
                return 1;
            case END_FOR, BINARY_SLICE, END_ASYNC_FOR, DELETE_SUBSCR, STORE_ATTR, MAP_ADD, MATCH_CLASS:
                return -2;
            case STORE_SUBSCR:
                return -3;
            case STORE_SLICE:
                return -4;
            case UNPACK_SEQUENCE:
                return oparg - 1;
            case UNPACK_EX:
                return (oparg & 0xFF) + (oparg >> 8);
            case BUILD_TUPLE, BUILD_LIST, BUILD_SET, BUILD_STRING:
                return 1 - oparg;
            case BUILD_MAP:
                return 1 - 2 * oparg;
            case BUILD_CONST_KEY_MAP:
                return -oparg;
            case LOAD_ATTR:
                return oparg & 1;
            case LOAD_GLOBAL:
                return 1 + (oparg & 1);
            case LOAD_SUPER_ATTR:
                return -2 + (oparg & 1);
            case RAISE_VARARGS:
                return -oparg;
            case MAKE_FUNCTION:
                return -Integer.bitCount(oparg & 0x0F);
            case BUILD_SLICE:
                return oparg == 3 ? -2 : -1;
            case CALL_FUNCTION_EX:
                return -2 - (oparg & 1);
            case FORMAT_VALUE:
                return (oparg & 0x04) != 0 ? -1 : 0;
            case CALL:
                return -1 - oparg;
            // exception-handling pseudo-ops: nothing on the normal path; the handler gets the exception
            // (and for SETUP_CLEANUP also the saved instruction offset)
            case SETUP_FINALLY, SETUP_WITH:
                return jump ? 1 : 0;
            case SETUP_CLEANUP:
                return jump ? 2 : 0;
            default:
                return INVALID;
        }
    }
}
