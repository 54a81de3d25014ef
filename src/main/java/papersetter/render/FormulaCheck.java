package papersetter.render;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.scilab.forge.jlatexmath.TeXFormula;
import papersetter.bank.BankProblem;
import papersetter.model.Answer;
import papersetter.model.Markup;
import papersetter.model.Question;

/**
 * Reads every formula of a bank before anything is drawn: a formula JLaTeXMath cannot read, or
 * one it would quietly print half of ({@code \frac{1}{} with its {@code }} missing), is an error
 * that names the file, the row's line, the column, where in the cell the formula starts, the
 * formula and what is wrong; a delimiter that never closes, and a displayed formula wider than
 * the column, are warnings.
 */
public final class FormulaCheck {
    /** Longer than any formula a paper holds; a longer one is refused before it is parsed. */
    static final int MAX_LENGTH = 4000;
    /** Braces nested deeper than any formula needs; JLaTeXMath reads nesting by recursion. */
    static final int MAX_DEPTH = 40;
    /** Formulas shown in full in a message; a longer one is cut with an ellipsis. */
    private static final int SHOWN = 60;
    private static final String[] OPTIONS = {"option_a", "option_b", "option_c", "option_d", "option_e", "option_f",
        "option_g", "option_h"};
    private static final List<String> TWO_ARGUMENTS = List.of("frac", "dfrac", "tfrac", "cfrac", "binom", "dbinom",
        "tbinom", "overset", "underset", "stackrel");
    private static final List<String> ONE_ARGUMENT = List.of("sqrt", "vec", "hat", "bar", "overline", "underline",
        "mathbb", "mathrm", "mathbf", "mathit", "mathcal", "text", "textbf", "textit", "operatorname", "dot", "ddot",
        "tilde", "widehat", "widetilde", "overrightarrow", "boxed");

    private final List<BankProblem> problems = new ArrayList<>();
    private final float column;

    private FormulaCheck(float column) {
        this.column = column;
    }

    /**
     * Every formula of these questions, read as the paper would set it in this layout.
     *
     * @return errors (a formula that cannot be set) and warnings (a delimiter never closed, a
     *     displayed formula scaled down to fit), in the order found
     */
    public static List<BankProblem> check(Layout layout, List<Question> questions) {
        FormulaCheck check = new FormulaCheck(textWidth(layout));
        for (Question question : questions) {
            Path file = question.source().file();
            int line = question.source().line();
            check.look(file, line, "question", question.text(), layout.fonts().body());
            for (int o = 0; o < question.options().size(); o++) {
                check.look(file, line, OPTIONS[Math.min(o, OPTIONS.length - 1)], question.options().get(o),
                        layout.fonts().body());
            }
            if (question.answer() instanceof Answer.Model model) {
                check.look(file, line, "answer", model.text(), layout.fonts().body());
            }
            check.look(file, line, "explanation", question.explanation(), layout.fonts().body());
        }
        return List.copyOf(check.problems);
    }

    /**
     * Starts JLaTeXMath on a spare core when any of these questions may hold a formula: its first
     * formula loads its fonts and tables, which takes longer than typesetting a paper's formulas.
     */
    public static void readAhead(List<Question> questions) {
        for (Question question : questions) {
            // Each text looked at where it is: joining them made a copy of every question of the bank.
            boolean formula = opensFormula(question.text()) || opensFormula(question.explanation());
            for (int o = 0; o < question.options().size() && !formula; o++) {
                formula = opensFormula(question.options().get(o));
            }
            if (formula) {
                java.util.concurrent.CompletableFuture.runAsync(() -> problem("\\frac{1}{2}"));
                return;
            }
        }
    }

    /** Whether {@code text} may hold a formula: every one opens with {@code \(}, {@code \[} or {@code $$} (Markup). */
    private static boolean opensFormula(String text) {
        return text.contains("\\(") || text.contains("\\[") || text.contains("$$");
    }

    /** Formulas already read, and what was wrong with each ("" for nothing): a bank repeats its formulas. */
    private static final java.util.concurrent.ConcurrentHashMap<String, String> READ =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** What is wrong with a formula, in a trainer's words, or null when it typesets whole. */
    public static String problem(String latex) {
        String known = READ.get(latex);
        if (known == null) {
            if (READ.size() >= 20_000) {
                READ.clear();
            }
            String found = read(latex);
            known = found == null ? "" : found;
            READ.put(latex, known);
        }
        return known.isEmpty() ? null : known;
    }

    private static String read(String latex) {
        if (latex.length() > MAX_LENGTH) {
            return "longer than " + MAX_LENGTH + " characters";
        }
        String structure = structure(latex);
        if (structure != null) {
            return structure;
        }
        TypesetFormula.LOCK.lock();
        try {
            // Laid out, as the paper will lay it out: what JLaTeXMath cannot set fails here, before anything is drawn.
            new TeXFormula(latex).createTeXIcon(0, 10);
            return null;
        } catch (org.scilab.forge.jlatexmath.XMLResourceParseException e) {
            // JLaTeXMath looks for fonts of other alphabets (Cyrillic, Greek text) in modules it does not have here.
            return "it holds letters formulas have no font for (" + e.getMessage()
                    + "): write words outside the formula";
        } catch (RuntimeException | StackOverflowError e) {
            // JLaTeXMath's own message: "Unknown symbol or command or predefined TeXFormula: 'foo'".
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return message.replace('\n', ' ').replaceAll("\\s+", " ").strip();
        } finally {
            TypesetFormula.LOCK.unlock();
        }
    }

    private void look(Path file, int line, String column, String text, float size) {
        // A text that opens no formula (most of a bank) need not be parsed; a 100 000-question bank
        // has 700 000 texts.
        if (text == null || !opensFormula(text)) {
            return;
        }
        for (Markup.Formula formula : Markup.formulas(text)) {
            String wrong = problem(formula.latex());
            String where = "formula " + shown(formula.latex()) + " (" + place(text, formula.at()) + ")";
            if (wrong != null) {
                problems.add(new BankProblem(file, line, column, where + ": " + wrong,
                        "correct the LaTeX; see \"Formulas\" in the README for what papersetter sets", false));
            } else {
                float width = TypesetFormula.widthOf(formula.latex(), size * FigureMaker.MATH_SCALE, formula.display());
                if (width > this.column) {
                    problems.add(new BankProblem(file, line, column, String.format(Locale.ROOT,
                            "%s is %.0f pt wide and the column about %.0f pt: it is printed at %.0f%% of the text size",
                            where, width, this.column, 100 * this.column / width),
                            "break it into shorter lines (\\begin{aligned} … \\end{aligned}) to keep it full size",
                            true));
                }
            }
        }
        int open = Markup.unclosed(text);
        if (open >= 0) {
            problems.add(new BankProblem(file, line, column, "'" + text.substring(open, Math.min(text.length(), open + 2))
                    + "' opens a formula that never closes (" + place(text, open) + "), so it is printed as written",
                    "close the formula, or write \\\\( to print \\( itself", true));
        }
    }

    /** The text width of a column, less room for a question's number: the widest a displayed formula stands. */
    static float textWidth(Layout layout) {
        Layout.Page page = layout.page();
        float across = page.width() - page.marginLeft() - page.marginRight();
        int columns = Math.max(1, layout.columns());
        return (across - (columns - 1) * layout.columnGap()) / columns - 30;
    }

    /** "line 2 of the cell, character 7". */
    static String place(String text, int at) {
        int line = 1;
        int start = 0;
        for (int i = 0; i < at && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                start = i + 1;
            }
        }
        return (line > 1 ? "line " + line + " of the cell, " : "") + "character " + (at - start + 1);
    }

    private static String shown(String latex) {
        String flat = latex.replace('\n', ' ');
        return flat.length() <= SHOWN ? flat : flat.substring(0, SHOWN) + "…";
    }

    /**
     * What JLaTeXMath would let pass and print half of: an unbalanced brace, a {@code ^} or
     * {@code _} with nothing after it, a fraction without its two parts; and a letter its fonts do not hold.
     */
    static String structure(String latex) {
        for (int i = 0; i < latex.length(); ) {
            int c = latex.codePointAt(i);
            i += Character.charCount(c);
            // JLaTeXMath's fonts hold Latin and Greek letters; any other letter it would take from
            // whatever font the machine has, or fail on, depending on what it met first.
            if (c > 0x7F && Character.isLetter(c) && Character.UnicodeBlock.of(c) != Character.UnicodeBlock.GREEK) {
                return FontCoverage.describe(c) + " cannot be set in a formula: write the word outside the formula";
            }
        }
        int depth = 0;
        int deepest = 0;
        List<Integer> opens = new ArrayList<>();
        for (int i = 0; i < latex.length(); i++) {
            char c = latex.charAt(i);
            if (c == '\\') {
                int end = command(latex, i);
                String name = latex.substring(i + 1, end);
                String missing = arguments(latex, end, name);
                if (missing != null) {
                    return missing;
                }
                i = end - 1; // past the command, or the escaped character of \{ \} \\ \,
                continue;
            }
            if (c == '{') {
                opens.add(i);
                depth++;
                deepest = Math.max(deepest, depth);
                if (deepest > MAX_DEPTH) {
                    return "braces nested more than " + MAX_DEPTH + " deep";
                }
            } else if (c == '}') {
                if (depth == 0) {
                    return "a '}' at character " + (i + 1) + " of the formula closes nothing: remove it or add its '{'";
                }
                opens.remove(opens.size() - 1);
                depth--;
            } else if ((c == '^' || c == '_') && next(latex, i + 1) < 0) {
                return "'" + c + "' at the end has nothing to " + (c == '^' ? "raise" : "lower");
            }
        }
        if (depth > 0) {
            return "missing '}': the '{' at character " + (opens.get(opens.size() - 1) + 1)
                    + " of the formula is never closed";
        }
        return null;
    }

    /** The end of the command at i (a backslash, then letters, or one other character). */
    private static int command(String latex, int i) {
        int end = i + 1;
        while (end < latex.length() && Character.isLetter(latex.charAt(end))) {
            end++;
        }
        return end == i + 1 ? Math.min(latex.length(), i + 2) : end;
    }

    private static String arguments(String latex, int end, String name) {
        int needed = TWO_ARGUMENTS.contains(name) ? 2 : ONE_ARGUMENT.contains(name) ? 1 : 0;
        int at = end;
        if (name.equals("sqrt")) {
            int s = next(latex, at);
            if (s >= 0 && latex.charAt(s) == '[') {
                int close = latex.indexOf(']', s);
                at = close < 0 ? latex.length() : close + 1;
            }
        }
        for (int n = 0; n < needed; n++) {
            int s = next(latex, at);
            if (s < 0 || latex.charAt(s) == '}' || latex.charAt(s) == '&') {
                return "\\" + name + " needs " + (needed == 2 ? "two parts, {…}{…}" : "its part, {…}")
                        + (n > 0 ? ": the second is missing" : "");
            }
            at = argumentEnd(latex, s);
        }
        return null;
    }

    /** Where the argument starting at s ends: after its matching brace, its command, or its character. */
    private static int argumentEnd(String latex, int s) {
        char c = latex.charAt(s);
        if (c == '{') {
            int depth = 0;
            for (int i = s; i < latex.length(); i++) {
                char d = latex.charAt(i);
                if (d == '\\') {
                    i++;
                } else if (d == '{') {
                    depth++;
                } else if (d == '}' && --depth == 0) {
                    return i + 1;
                }
            }
            return latex.length();
        }
        if (c == '\\') {
            return command(latex, s);
        }
        return s + 1;
    }

    /** The next character at or after i that is not a space, or -1. */
    private static int next(String latex, int i) {
        while (i < latex.length() && Character.isWhitespace(latex.charAt(i))) {
            i++;
        }
        return i < latex.length() ? i : -1;
    }
}
