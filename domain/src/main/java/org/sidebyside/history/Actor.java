package org.sidebyside.history;

/**
 * Who is making the current change. The web app supplies the signed-in user; without one
 * (the import command, start-up import) changes are made by {@link #SYSTEM}.
 */
@FunctionalInterface
public interface Actor {

    String SYSTEM = "system";

    String name();
}
