package org.sidebyside.web.system;

import java.util.Optional;
import java.util.function.Function;
import org.sidebyside.history.EntityType;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.beans.BeansException;

/**
 * How an admin area shows one of its records as it is saved now, for the conflict page: the
 * value of each form field by its name, and the page that edits it. One bean per admin area.
 */
public interface CurrentRecord {

    /** Whether this area edits records of that type. */
    boolean shows(EntityType type);

    /** The record as its form would show it now; empty if it is gone. */
    Optional<Shown> current(EntityType type, String key);

    /**
     * @param path   the admin page that edits it now
     * @param values a form field's current value by the field's name (as a form sends it, e.g.
     *               {@code citations[0].quote}), null where it has none
     */
    record Shown(String path, Function<String, Object> values) {

        /** A record shown through its form object: each field read by its property path. */
        public static Shown ofForm(String path, Object form) {
            BeanWrapperImpl bean = new BeanWrapperImpl(form);
            return new Shown(path, name -> {
                try {
                    return bean.getPropertyValue(name);
                } catch (BeansException e) {
                    return null; // a field the form does not have, or a row it has fewer of
                }
            });
        }
    }
}
