package org.sidebyside.history;

import org.sidebyside.fact.FactContent;
import org.sidebyside.fact.FactStatus;

/** What a fact revision holds: its content and status at that moment. */
public record FactSnapshot(FactContent content, FactStatus status) {
}
