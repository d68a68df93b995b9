package org.sidebyside.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every message key a template uses exists, and templates carry no visible text of their own. */
class MessagesUnitTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern KEY = Pattern.compile("#\\{([a-zA-Z0-9.\\-]+)[}(]");

    private static Properties messages() throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/messages.properties"))) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> s = Files.walk(TEMPLATES)) {
            return s.filter(p -> p.toString().endsWith(".html")).toList();
        }
    }

    @Test
    void everyKeyUsedByATemplateIsDefined() throws IOException {
        Properties messages = messages();
        List<String> missing = new ArrayList<>();
        for (Path t : templates()) {
            Matcher m = KEY.matcher(Files.readString(t));
            while (m.find()) {
                if (!messages.containsKey(m.group(1))) {
                    missing.add(TEMPLATES.relativize(t) + ": " + m.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void textNodesInTemplatesAreOnlyPrototypePlaceholders() throws IOException {
        // every element with text in a template must replace it (th:text, th:utext, th:replace...)
        Pattern bareText = Pattern.compile("<(h[1-6]|p|a|button|label|th|td|li|span|option|caption|dt|dd|strong|q)(\\s(?:[^>\"]|\"[^\"]*\")*)?>([^<]*[A-Za-z][^<]*)</\\1>");
        List<String> hardCoded = new ArrayList<>();
        for (Path t : templates()) {
            Matcher m = bareText.matcher(Files.readString(t));
            while (m.find()) {
                String attrs = m.group(2) == null ? "" : m.group(2);
                if (!attrs.contains("th:text") && !attrs.contains("th:utext") && !attrs.contains("th:errors")
                        && !attrs.contains("sec:authentication") && !attrs.contains("th:replace")
                        && !attrs.contains("th:insert")) {
                    hardCoded.add(TEMPLATES.relativize(t) + ": " + m.group(0));
                }
            }
        }
        assertThat(hardCoded).isEmpty();
    }

    @Test
    void noElementCombinesAFragmentInclusionWithAConditionOrLoop() throws IOException {
        // th:replace/th:insert run before th:if and th:each on the same element, which then
        // have no effect (this once put a duplicate, editable key field on the edit form)
        Pattern tag = Pattern.compile("<[a-z][^>]*>", Pattern.DOTALL);
        List<String> wrong = new ArrayList<>();
        for (Path t : templates()) {
            Matcher m = tag.matcher(Files.readString(t));
            while (m.find()) {
                String element = m.group();
                boolean includes = element.contains("th:replace=") || element.contains("th:insert=");
                boolean conditional = element.contains("th:if=") || element.contains("th:unless=") || element.contains("th:each=");
                if (includes && conditional && !element.contains("th:fragment=")) {
                    wrong.add(TEMPLATES.relativize(t) + ": " + element);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }
}
