package org.sidebyside.web.system;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What an instructor typed into an admin form that could not be saved because the database
 * was unreachable: every field but passwords, to be shown again on the 503 page as a form
 * that sends it once more. The CSRF token travels back unchanged, so the resent form is
 * accepted by the same session once the database is back.
 *
 * @param action where the form was sent (an {@code /admin/} path)
 * @param fields the typed fields in the order they came
 * @param csrf   the form's own CSRF token, or null
 * @param file   whether a file was chosen, which a browser cannot be given back
 * @param passwordLeftOut whether a password field was left out
 */
public record KeptInput(String action, List<Field> fields, String csrf, boolean file, boolean passwordLeftOut) {

    /**
     * One field: its name in the form and what was typed.
     *
     * @param fixed whether the form did not let it be changed (the key or slug of a record
     *              being edited): sent back as it came, not shown
     */
    public record Field(String name, String value, boolean fixed) {
        /** The version a form was read at. */
        public boolean isVersion() {
            return "version".equals(name) || name.endsWith(".version");
        }

        /** Sent back as it came, not shown for editing. */
        public boolean hidden() {
            return isVersion() || fixed;
        }

        /** Long or multi-line values are shown in a text area. */
        public boolean multiline() {
            return value.length() > 80 || value.contains("\n");
        }

        /** The field's name in words: {@code citations[0].quote} is "citation 1 quote". */
        public String label() {
            return words(name);
        }

        static String words(String name) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("s?\\[(\\d+)]").matcher(name);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(out, " " + (Integer.parseInt(m.group(1)) + 1));
            }
            m.appendTail(out);
            return out.toString().replace('.', ' ').replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        }
    }

    static final String ATTRIBUTE = "kept";
    /** What an edit form shows but does not let be changed. */
    private static final java.util.Set<String> FIXED = java.util.Set.of("key", "slug", "layout");
    private static final String CSRF = "_csrf";

    /** The same input with the version field set to {@code version}: sent again, it replaces that version. */
    KeptInput atVersion(long version) {
        return new KeptInput(action, fields.stream()
                .map(f -> f.isVersion() ? new Field(f.name(), String.valueOf(version), false) : f).toList(),
                csrf, file, passwordLeftOut);
    }

    /** The input of an admin form submission, or null for anything else. */
    static KeptInput of(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!"POST".equals(request.getMethod()) || !path.startsWith("/admin/")) {
            return null;
        }
        List<Field> fields = new ArrayList<>();
        String csrf = null;
        boolean password = false;
        boolean editing = path.endsWith("/edit");
        for (Map.Entry<String, String[]> e : request.getParameterMap().entrySet()) {
            String name = e.getKey();
            if (CSRF.equals(name)) {
                csrf = e.getValue().length == 0 ? null : e.getValue()[0];
            } else if (name.toLowerCase(Locale.ROOT).contains("password")) {
                password = true;
            } else {
                for (String value : e.getValue()) {
                    fields.add(new Field(name, value, editing && FIXED.contains(name)));
                }
            }
        }
        String type = request.getContentType();
        boolean file = type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
        return new KeptInput(request.getRequestURI(), fields, csrf, file, password);
    }
}
