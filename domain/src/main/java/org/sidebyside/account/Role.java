package org.sidebyside.account;

/** Instructors curate the fact base; admins also manage accounts. */
public enum Role {
    INSTRUCTOR, ADMIN
}
