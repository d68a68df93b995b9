package org.sidebyside.account;

/**
 * An account's password, role or access changed. Whoever holds sessions for it ends them once
 * the change is committed, so that old sessions never keep old rights.
 *
 * @param username     the account
 * @param rightsChanged true when the role or access changed; false for a new password, where
 *                      the holder's own session, if it is the one setting it, may stay
 */
public record AccountAccessChanged(String username, boolean rightsChanged) {
}
