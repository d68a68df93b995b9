package org.sidebyside.editorial;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.sidebyside.factbase.FactBaseChangeListener;

/** One item of an editorial list, at its position (from 1). */
@Entity
@EntityListeners(FactBaseChangeListener.class)
public class EditorialItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String listName;

    private int position;

    private String item;

    protected EditorialItem() {
    }

    EditorialItem(String listName, int position, String item) {
        this.listName = listName;
        this.position = position;
        this.item = item;
    }

    public String getListName() {
        return listName;
    }

    public int getPosition() {
        return position;
    }

    public String getItem() {
        return item;
    }
}
