package org.sidebyside.web.factbase;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.sidebyside.compare.Pairing;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Builds side-by-side rows and charts from the facts that share a comparison key. */
@Component
public class Comparisons {

    private final Figures figures;
    private final MessageSource messages;

    Comparisons(Figures figures, MessageSource messages) {
        this.figures = figures;
        this.messages = messages;
    }

    /**
     * A row for each comparison key among these facts that has facts on every company (the
     * domain's {@link Pairing}), with the difference of the figures worded where there is one.
     */
    public List<PairRow> rows(FactBase base, List<FactView> among) {
        List<String> companies = base.companies().stream().map(CompanyView::slug).toList();
        return Pairing.pairs(among, FactView::comparison, f -> f.company() == null ? null : f.company().slug(), companies)
                .stream()
                .map(p -> new PairRow(p.comparison(), p.cells(),
                        p.oneEach() && p.cells().size() == 2 ? figures.difference(p.cells().get(0).get(0), p.cells().get(1).get(0)) : ""))
                .toList();
    }

    /** A chart for each of these rows whose facts are one figure per company, all in the same unit. */
    public List<ChartView> charts(List<PairRow> rows) {
        List<ChartView> charts = new ArrayList<>();
        for (PairRow row : rows) {
            List<FactView> facts = row.facts();
            boolean chartable = row.cells().stream().allMatch(cell -> cell.size() == 1)
                    && facts.stream().allMatch(FactView::isFigure)
                    && facts.stream().map(FactView::unit).distinct().count() == 1;
            if (chartable) {
                charts.add(chart(row.comparison(), facts));
            }
        }
        return charts;
    }

    private ChartView chart(String comparison, List<FactView> facts) {
        var locale = LocaleContextHolder.getLocale();
        List<ChartView.Point> points = facts.stream().map(f -> new ChartView.Point(f, f.company().name(), f.value(),
                figures.value(f), figures.date(f.asOf()))).toList();
        Set<SourceView> sources = new LinkedHashSet<>();
        facts.forEach(f -> f.citations().forEach(c -> sources.add(c.source())));
        String title = messages.getMessage("chart." + comparison + ".title", null,
                facts.get(0).topic().name(), locale);
        String caption = messages.getMessage("chart." + comparison + ".caption", null, "", locale);
        String values = String.join("; ", points.stream()
                .map(p -> p.label() + ": " + p.display() + (p.date().isEmpty() ? "" : " (" + p.date() + ")")).toList());
        String alt = messages.getMessage("chart.alt", new Object[] {title, values}, locale);
        return new ChartView(comparison, title, Objects.requireNonNullElse(caption, ""), facts.get(0).unit(), alt,
                points, List.copyOf(sources));
    }
}
