package org.sidebyside.editorial;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sidebyside.ImportOutcome;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and changes the editorial lists. Every item must name what its list holds (a
 * comparison key that facts share, or a topic); a list is replaced whole.
 */
@Service
@Transactional
public class EditorialService {

    /** An item that names nothing of what its list holds, or stands twice where it may not. */
    public static class InvalidItemException extends RuntimeException {
        private final String item;

        public InvalidItemException(String item, String why) {
            super("\"" + item + "\" " + why);
            this.item = item;
        }

        public String item() {
            return item;
        }
    }

    private final EditorialItemRepository items;
    private final EntityManager entities;

    public EditorialService(EditorialItemRepository items, EntityManager entities) {
        this.items = items;
        this.entities = entities;
    }

    /** Every list, by name, each in order; a list never set is absent. */
    @Transactional(readOnly = true)
    public Map<String, List<String>> lists() {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        items.findAllByOrderByListNameAscPositionAsc()
                .forEach(i -> lists.computeIfAbsent(i.getListName(), k -> new ArrayList<>()).add(i.getItem()));
        return lists;
    }

    @Transactional(readOnly = true)
    public List<String> list(EditorialList list) {
        return items.findByListNameOrderByPosition(list.listName()).stream().map(EditorialItem::getItem).toList();
    }

    /** Replaces the list with these items, after checking each names what the list holds. */
    public void replace(EditorialList list, List<String> newItems) {
        Set<String> known = new HashSet<>(list.comparisons()
                ? entities.createQuery("select distinct f.comparison from Fact f where f.comparison is not null", String.class)
                        .getResultList()
                : entities.createQuery("select t.slug from Topic t", String.class).getResultList());
        Set<String> seen = new HashSet<>();
        for (String item : newItems) {
            if (!known.contains(item)) {
                throw new InvalidItemException(item, list.comparisons() ? "is not a comparison key of any fact" : "is not a topic");
            }
            if (!seen.add(item) && !list.repeats()) {
                throw new InvalidItemException(item, "stands twice");
            }
        }
        items.deleteAll(items.findByListNameOrderByPosition(list.listName()));
        items.flush();
        for (int i = 0; i < newItems.size(); i++) {
            items.save(new EditorialItem(list.listName(), i + 1, newItems.get(i)));
        }
    }

    /**
     * From the seed files: sets a list that does not exist yet. A list that exists is left as
     * it is, so that an instructor's choice survives a re-import.
     */
    public ImportOutcome putIfAbsent(String listName, List<String> newItems) {
        if (items.existsByListName(listName)) {
            return ImportOutcome.UNCHANGED;
        }
        for (int i = 0; i < newItems.size(); i++) {
            items.save(new EditorialItem(listName, i + 1, newItems.get(i)));
        }
        return ImportOutcome.INSERTED;
    }
}
