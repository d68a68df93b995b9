package org.sidebyside.web.home;

import java.util.List;

/** One topic's row on the home page: published facts per company, in column order, and about both. */
record TopicCoverage(String slug, String name, String description, List<Long> perCompany, long both) {
}
