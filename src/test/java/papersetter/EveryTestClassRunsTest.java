package papersetter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.platform.commons.annotation.Testable;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Surefire runs only the classes whose names match its include patterns; a class of tests named
 * otherwise (jqwik's {@code *Properties} were) passes when asked for by name and never runs in
 * {@code mvn test}. Every compiled class with a test method (anything JUnit can run: {@code @Test},
 * {@code @ParameterizedTest}, jqwik's {@code @Property}, Jazzer's {@code @FuzzTest}, all marked
 * {@link Testable}) must match a pattern the pom gives Surefire.
 */
class EveryTestClassRunsTest {

    @Test
    void everyClassHoldingTestsMatchesSurefiresIncludes() throws Exception {
        List<Pattern> includes = surefireIncludes(Path.of("pom.xml"));
        assertThat(includes).as("the <includes> of maven-surefire-plugin in pom.xml").isNotEmpty();
        Path classes = Path.of(EveryTestClassRunsTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> testClasses = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        for (String name : classNames(classes)) {
            Class<?> type = Class.forName(name, false, getClass().getClassLoader());
            if (!holdsTests(type)) {
                continue;
            }
            testClasses.add(name);
            if (name.contains("$")) {
                // Surefire skips nested classes; their tests run through the outer class only when nested for it.
                if (!type.isAnnotationPresent(Nested.class) && !type.isAnnotationPresent(net.jqwik.api.Group.class)) {
                    missed.add(name + " (a nested class of tests needs @Nested or @Group to run)");
                }
                continue;
            }
            String source = name.replace('.', '/') + ".java";
            if (includes.stream().noneMatch(p -> p.matcher(source).matches())) {
                missed.add(name);
            }
        }
        assertThat(testClasses).as("test classes found").contains(EveryTestClassRunsTest.class.getName(),
                "papersetter.shuffle.ShuffleProperties");
        assertThat(missed).as("classes of tests that 'mvn test' would not run: rename them or add a pattern to"
                + " the surefire <includes> in pom.xml").isEmpty();
    }

    @Test
    void patternsAreReadAsSurefireReadsThem() {
        Pattern tests = glob("**/*Test.java");
        assertThat(tests.matcher("papersetter/bank/CsvReaderTest.java").matches()).isTrue();
        assertThat(tests.matcher("TopTest.java").matches()).isTrue();
        assertThat(tests.matcher("papersetter/shuffle/ShuffleProperties.java").matches()).isFalse();
        assertThat(glob("**/Test*.java").matcher("papersetter/TestMe.java").matches()).isTrue();
        assertThat(glob("**/Test*.java").matcher("papersetter/MyTest.java").matches()).isFalse();
    }

    private static boolean holdsTests(Class<?> type) {
        Method[] methods;
        try {
            methods = type.getDeclaredMethods();
        } catch (LinkageError e) {
            return false;
        }
        for (Method method : methods) {
            for (Annotation annotation : method.getAnnotations()) {
                if (annotation instanceof Testable || annotation.annotationType().isAnnotationPresent(Testable.class)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> classNames(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".class"))
                    .map(f -> root.relativize(f).toString().replace('\\', '/').replaceFirst("\\.class$", "")
                            .replace('/', '.'))
                    .sorted().toList();
        }
    }

    static List<Pattern> surefireIncludes(Path pom) throws Exception {
        var document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
        NodeList plugins = document.getElementsByTagName("plugin");
        List<Pattern> patterns = new ArrayList<>();
        for (int i = 0; i < plugins.getLength(); i++) {
            Element plugin = (Element) plugins.item(i);
            if (!"maven-surefire-plugin".equals(text(plugin, "artifactId"))) {
                continue;
            }
            NodeList includes = plugin.getElementsByTagName("include");
            for (int j = 0; j < includes.getLength(); j++) {
                patterns.add(glob(includes.item(j).getTextContent().strip()));
            }
        }
        return patterns;
    }

    private static String text(Element parent, String child) {
        NodeList nodes = parent.getElementsByTagName(child);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().strip();
    }

    /** Surefire's Ant-style pattern: {@code **}/ any folders (or none), {@code *} any name part. */
    static Pattern glob(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (pattern.startsWith("**/", i)) {
                regex.append("(?:.*/)?");
                i += 2;
            } else if (c == '*') {
                regex.append("[^/]*");
            } else if (c == '?') {
                regex.append("[^/]");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }
}
