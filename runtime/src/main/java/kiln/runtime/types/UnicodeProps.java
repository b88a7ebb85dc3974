package kiln.runtime.types;

/**
 * Character properties as CPython's str methods define them (CPython 3.12: Objects/unicodectype.c), answered
 * from the JDK's Unicode tables. Java tracks a newer Unicode version than CPython 3.12's 15.0; characters
 * assigned since differ, nothing else.
 */
final class UnicodeProps {
    private UnicodeProps() {}

    /** Py_UNICODE_ISSPACE: bidirectional WS/B/S or category Zs. */
    static boolean isSpace(int c) {
        if (c < 128) return c == ' ' || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f);
        return c == 0x85 || c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029
                || c == 0x202f || c == 0x205f || c == 0x3000;
    }

    /** Line boundaries of str.splitlines. */
    static boolean isLineBreak(int c) {
        return c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d || c == 0x1e || c == 0x85
                || c == 0x2028 || c == 0x2029;
    }

    static boolean isAlpha(int c) {
        if (c < 128) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
        return Character.isLetter(c);
    }

    static boolean isDecimal(int c) {
        if (c < 128) return c >= '0' && c <= '9';
        return Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER;
    }

    /** Numeric_Type Digit or Decimal: decimal digits plus superscripts, circled digits and the like. */
    static boolean isDigit(int c) {
        if (c < 128) return c >= '0' && c <= '9';
        int t = Character.getType(c);
        if (t == Character.DECIMAL_DIGIT_NUMBER) return true;
        if (t != Character.OTHER_NUMBER) return false;
        int v = Character.getNumericValue(c);
        return v >= 0 && v <= 9 && !inRanges(NOT_DIGIT, c);
    }

    /** Other_Number characters with a value 0..9 whose Numeric_Type is Numeric, not Digit (Unicode 15.0). */
    private static final int[] NOT_DIGIT = {0xc78, 0xc7e, 0x17f0, 0x17f9, 0x215f, 0x215f, 0x2189, 0x2189, 0x3192, 0x3195, 0x3220, 0x3228, 0x3280, 0x3288, 0x10107, 0x1010f, 0x1018a, 0x1018a, 0x102e1, 0x102e9, 0x10320, 0x10321, 0x10858, 0x1085a, 0x10879, 0x1087d, 0x108a7, 0x108ac, 0x108fb, 0x108fc, 0x10916, 0x10916, 0x1091a, 0x1091b, 0x109c0, 0x109c8, 0x10a7d, 0x10a7d, 0x10a9d, 0x10a9d, 0x10aeb, 0x10aec, 0x10b58, 0x10b5b, 0x10b78, 0x10b7b, 0x10ba9, 0x10bac, 0x10cfa, 0x10cfb, 0x10f1d, 0x10f21, 0x10f51, 0x10f51, 0x10fc5, 0x10fc8, 0x111e1, 0x111e9, 0x11c5a, 0x11c62, 0x16e80, 0x16e89, 0x16e94, 0x16e96, 0x1d2c0, 0x1d2c9, 0x1d2e0, 0x1d2e9, 0x1d360, 0x1d368, 0x1d372, 0x1d378, 0x1e8c7, 0x1e8cf, 0x1ec71, 0x1ec79, 0x1eca3, 0x1ecab, 0x1ecb1, 0x1ecb2, 0x1ed01, 0x1ed09, 0x1ed2f, 0x1ed36, 0x1f10b, 0x1f10c};

    static boolean inRanges(int[] r, int c) {
        for (int i = 0; i < r.length; i += 2) {
            if (c < r[i]) return false;
            if (c <= r[i + 1]) return true;
        }
        return false;
    }

    static boolean isNumeric(int c) {
        if (c < 128) return c >= '0' && c <= '9';
        int t = Character.getType(c);
        if (t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER) return true;
        // CJK numeral ideographs carry numeric values in Unihan (kPrimaryNumeric and friends).
        if (t != Character.OTHER_LETTER) return false;
        if (c < 0x10000) return CJK_NUMERIC.indexOf(c) >= 0;
        for (int x : CJK_NUMERIC_SUPP) if (x == c) return true;
        return false;
    }

    /** Ideographs with a Unihan numeric value (kPrimaryNumeric, kAccountingNumeric, kOtherNumeric). */
    private static final String CJK_NUMERIC = "\u3405\u3483\u382a\u3b4d\u4e00\u4e03\u4e07\u4e09\u4e5d\u4e8c\u4e94\u4e96\u4ebf\u4ec0\u4edf\u4ee8\u4f0d\u4f70\u5104\u5146\u5169\u516b\u516d\u5341\u5343\u5344\u5345\u534c\u53c1\u53c2\u53c3\u53c4\u56db\u58f1\u58f9\u5e7a\u5efe\u5eff\u5f0c\u5f0d\u5f0e\u5f10\u62fe\u634c\u67d2\u6f06\u7396\u767e\u8086\u842c\u8cae\u8cb3\u8d30\u9621\u9646\u964c\u9678\u96f6\uf96b\uf973\uf978\uf9b2\uf9d1\uf9d3\uf9fd";
    private static final int[] CJK_NUMERIC_SUPP = {0x20001, 0x20064, 0x200e2, 0x20121, 0x2092a, 0x20983, 0x2098c, 0x2099c, 0x20aea, 0x20afd, 0x20b19, 0x22390, 0x22998, 0x23b1b, 0x2626d, 0x2f890};

    static boolean isAlnum(int c) {
        if (c < 128) return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
        return isAlpha(c) || isDecimal(c) || isDigit(c) || isNumeric(c);
    }

    static boolean isLower(int c) {
        if (c < 128) return c >= 'a' && c <= 'z';
        return Character.isLowerCase(c);
    }

    static boolean isUpper(int c) {
        if (c < 128) return c >= 'A' && c <= 'Z';
        return Character.isUpperCase(c);
    }

    static boolean isTitle(int c) { return c >= 128 && Character.isTitleCase(c); }

    static boolean isCased(int c) {
        if (c < 128) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
        return Character.isLowerCase(c) || Character.isUpperCase(c) || Character.isTitleCase(c);
    }

    /** CPython's case-ignorable: Mn, Me, Cf, Lm, Sk, and Word_Break MidLetter/MidNumLet/Single_Quote characters. */
    static boolean isCaseIgnorable(int c) {
        if (c == '\'' || c == '.' || c == ':' || c == '^' || c == '`' || c == 0xb7 || c == 0x2019 || c == 0x2018
                || c == 0x2024 || c == 0xfe52 || c == 0xff07 || c == 0xff0e || c == 0xad || c == 0x387 || c == 0x5f4
                || c == 0x2027 || c == 0xfe13 || c == 0xfe55 || c == 0xff1a) {
            return true;
        }
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK || t == Character.FORMAT
                || t == Character.MODIFIER_LETTER || t == Character.MODIFIER_SYMBOL;
    }

    /** str.isprintable: everything but Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs other than the space. */
    static boolean isPrintable(int c) {
        if (c < 128) return c >= 0x20 && c < 0x7f;
        switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
                 Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.SPACE_SEPARATOR:
                return false;
            default:
                return true;
        }
    }

    static boolean isXidStart(int c) {
        if (c < 128) return c == '_' || (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
        return Character.isUnicodeIdentifierStart(c) && !Character.isIdentifierIgnorable(c)
                && c != 0x2e2f && NOT_XID_START.indexOf(c) < 0;
    }

    static boolean isXidContinue(int c) {
        if (c < 128) return c == '_' || (c >= '0' && c <= '9') || (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
        return Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c) && c != 0x2e2f;
    }

    /** ID_Start characters that NFKC closure removes from XID_Start. */
    private static final String NOT_XID_START = "\u037a\u0e33\u0eb3\u309b\u309c\ufc5e\ufc5f\ufc60\ufc61\ufc62\ufc63\ufdfa\ufdfb\ufe70\ufe72\ufe74\ufe76\ufe78\ufe7a\ufe7c\ufe7e\uff9e\uff9f";

    // --- case mappings on one code point, appended to b (full mappings, as CPython's _PyUnicode_To*Full) ---

    static void appendLower(StringBuilder b, int c) {
        if (c < 128) {
            b.append((char) (c >= 'A' && c <= 'Z' ? c + 32 : c));
        } else if (c == 0x130) {
            b.append("i\u0307");
        } else {
            b.appendCodePoint(Character.toLowerCase(c));
        }
    }

    static void appendUpper(StringBuilder b, int c) {
        if (c < 128) {
            b.append((char) (c >= 'a' && c <= 'z' ? c - 32 : c));
        } else if (c == 0x19b || c == 0x264) {
            b.appendCodePoint(c);  // cased only since Unicode 16; CPython 3.12 has Unicode 15.0
        } else if (hasSpecialUpper(c)) {
            b.append(new String(Character.toChars(c)).toUpperCase(java.util.Locale.ROOT));
        } else {
            b.appendCodePoint(Character.toUpperCase(c));
        }
    }

    /** Characters whose full uppercase mapping is longer than one code point (SpecialCasing.txt). */
    private static boolean hasSpecialUpper(int c) {
        if (c == 0xdf || c == 0x149 || c == 0x1f0 || c == 0x390 || c == 0x3b0 || c == 0x587) return true;
        if (c >= 0x1e96 && c <= 0x1e9a) return true;
        if (c >= 0x1f50 && c <= 0x1ffc) return true;
        return c >= 0xfb00 && c <= 0xfb17;
    }

    static void appendTitle(StringBuilder b, int c) {
        if (c < 128) {
            b.append((char) (c >= 'a' && c <= 'z' ? c - 32 : c));
            return;
        }
        int t = Character.toTitleCase(c);
        if (c == 0x149) {
            b.append("\u02bcN");  // its titlecase is its uppercase
            return;
        }
        if (c == 0x19b || c == 0x264) {
            b.appendCodePoint(c);
            return;
        }
        if (c >= 0x1f00 && c <= 0x1fff && t == c && !Character.isTitleCase(c) && hasSpecialUpper(c)) {
            // Greek with a full titlecase mapping: the uppercase one, keeping ypogegrammeni as a combining mark.
            String u = new String(Character.toChars(c)).toUpperCase(java.util.Locale.ROOT);
            if (u.length() > 1 && u.charAt(u.length() - 1) == '\u0399') u = u.substring(0, u.length() - 1) + '\u0345';
            b.append(u);
            return;
        }
        if (hasSpecialUpper(c) && (c < 0x1f00 || c > 0x1fff)) {
            String u = new String(Character.toChars(c)).toUpperCase(java.util.Locale.ROOT);
            if (u.codePointCount(0, u.length()) > 1) {
                int first = u.codePointAt(0);
                b.appendCodePoint(first);
                b.append(u.substring(Character.charCount(first)).toLowerCase(java.util.Locale.ROOT));
                return;
            }
        }
        b.appendCodePoint(t);
    }

    /** Full case folding: lower(upper(c)) gives the fold for the special cases, lower(c) for the rest. */
    static void appendFold(StringBuilder b, int c) {
        if (c < 128) {
            b.append((char) (c >= 'A' && c <= 'Z' ? c + 32 : c));
            return;
        }
        if (c == 0x130) {
            b.append("i\u0307");
            return;
        }
        if (c == 0x131) {
            b.append('\u0131');
            return;
        }
        if (c == 0x1e9e) {
            b.append("ss");
            return;
        }
        if (c >= 0x13a0 && c <= 0x13f5) {
            b.appendCodePoint(c);  // Cherokee capitals fold to themselves
            return;
        }
        if (c >= 0xab70 && c <= 0xabbf || c >= 0x13f8 && c <= 0x13fd) {
            b.appendCodePoint(Character.toUpperCase(c));  // Cherokee small letters fold to the capitals
            return;
        }
        if (hasSpecialUpper(c) || c == 0x1e9e) {
            String u = new String(Character.toChars(c)).toUpperCase(java.util.Locale.ROOT);
            for (int i = 0; i < u.length(); ) {
                int x = u.codePointAt(i);
                b.appendCodePoint(Character.toLowerCase(x));
                i += Character.charCount(x);
            }
            return;
        }
        int u = Character.toUpperCase(c);
        int l = Character.toLowerCase(u == c ? c : u);
        if (Character.toUpperCase(l) != u && u != c) l = Character.toLowerCase(c);
        b.appendCodePoint(l);
    }
}
