package org.sidebyside.history;

public enum Action {
    CREATE, UPDATE, DELETE, PUBLISH, UNPUBLISH, IMPORT, REVERT, RETIRE, RESTORE
}
