package org.sidebyside.web.factbase;

public record CompanyView(String slug, String name, int position) {
}
