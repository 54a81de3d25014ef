# Writes a synthetic bank of N maths multiple-choice questions (awk -v n=2000 -f synthetic-maths-bank.awk),
# each with inline formulas in its stem and options and, every fourth, a displayed one: fractions,
# powers and roots, sums, integrals and matrices. With -v plain=1 it writes the same bank with the
# formulas removed: each formula's LaTeX printed as words, delimiters and backslashes dropped, so
# that the two banks differ only in their formulas. Deterministic: no randomness.
function f(latex) {
    if (plain) {
        gsub(/\\/, "", latex)
        return latex
    }
    return "\\(" latex "\\)"
}
function d(latex) {
    if (plain) {
        gsub(/\\/, "", latex)
        return latex
    }
    return "\\[" latex "\\]"
}
BEGIN {
    if (n == "") n = 2000
    split("fractions,powers,sums,integrals,matrices,equations", topics, ",")
    print "id,level,topic,type,question,option_a,option_b,option_c,option_d,answer,marks,explanation"
    for (i = 1; i <= n; i++) {
        k = i % 6
        topic = topics[k + 1]
        id = sprintf("MA-%06d", i)
        a = i % 9 + 1
        b = i % 7 + 2
        if (k == 0) {
            stem = "Question " i ": what is " f("\\frac{" a "}{" b "} + \\frac{1}{" b "}") " written as one fraction in its lowest terms?"
            o1 = f("\\frac{" a + 1 "}{" b "}"); o2 = f("\\frac{" a "}{" b + 1 "}"); o3 = f("\\frac{" a + 1 "}{" 2 * b "}"); o4 = f("\\frac{1}{" b "}")
        } else if (k == 1) {
            stem = "Question " i ": simplify " f("x^{" a "} \\cdot x^{" b "}") " and then take " f("\\sqrt{x^{" 2 * (a + b) "}}") " for every positive value of the unknown."
            o1 = f("x^{" a + b "}"); o2 = f("x^{" a - b "}"); o3 = f("x^{" a + b + 1 "}"); o4 = f("\\sqrt{x}")
        } else if (k == 2) {
            stem = "Question " i ": what is the value of the sum " f("\\sum_{j=1}^{" a + 3 "} j") " when every term is added in order?"
            o1 = f("\\frac{" (a + 3) "(" a + 4 ")}{2}"); o2 = f((a + 3) * (a + 3)); o3 = f(a + 3); o4 = f("2^{" a "}")
        } else if (k == 3) {
            stem = "Question " i ": evaluate the integral below and pick its value. " d("\\int_0^{" a "} x^{" b "}\\,dx")
            o1 = f("\\frac{" a "^{" b + 1 "}}{" b + 1 "}"); o2 = f(a "^{" b "}"); o3 = f("\\frac{1}{" b "}"); o4 = f("0")
        } else if (k == 4) {
            stem = "Question " i ": what is the determinant of the matrix " d("\\begin{pmatrix} " a " & " b " \\\\ 1 & " a + b " \\end{pmatrix}")
            o1 = f(a * (a + b) - b); o2 = f(a " \\cdot " b); o3 = f(a " + " b); o4 = f("-" b)
        } else {
            stem = "Question " i ": solve " f(a "x + " b " = " a + b) " for the unknown " f("x") " and check the answer by substitution."
            o1 = f("x = 1"); o2 = f("x = " b); o3 = f("x = -1"); o4 = f("x = \\frac{" b "}{" a "}")
        }
        explanation = "Worked out in " f("3") " lines: " f("\\frac{" a "}{" b "}") " is kept as it is."
        printf "%s,all,%s,mcq,\"%s\",\"%s\",\"%s\",\"%s\",\"%s\",A,1,\"%s\"\n", id, topic, stem, o1, o2, o3, o4, explanation
    }
}
