package kiln.parser.ast;

/** A complex value; imaginary literals such as {@code 2j} parse to {@code ComplexConstant(0.0, 2.0)}. */
public record ComplexConstant(double real, double imag) {
    @Override
    public String toString() {
        return ConstantRepr.repr(this);
    }
}
