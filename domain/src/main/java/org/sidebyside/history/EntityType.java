package org.sidebyside.history;

public enum EntityType {
    FACT, TOPIC, SOURCE, COMPANY, ACCOUNT, STORY, DISAGREEMENT
}
