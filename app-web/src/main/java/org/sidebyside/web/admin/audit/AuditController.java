package org.sidebyside.web.admin.audit;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.sidebyside.history.Revision;
import org.sidebyside.history.History;
import org.sidebyside.web.system.BadRequestException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class AuditController {

    private static final int PAGE_SIZE = 50;

    private final History history;

    AuditController(History history) {
        this.history = history;
    }

    @GetMapping("/admin/audit")
    String audit(@RequestParam(required = false) String user, @RequestParam(required = false) String from,
                 @RequestParam(required = false) String to, @RequestParam(defaultValue = "1") int page, Model model) {
        LocalDate fromDate = date(from);
        LocalDate toDate = date(to);
        Page<Revision> found = history.search(user == null || user.isBlank() ? null : user,
                fromDate == null ? null : fromDate.atStartOfDay().toInstant(ZoneOffset.UTC),
                toDate == null ? null : toDate.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC),
                PageRequest.of(Math.max(0, Math.min(page, 100_000) - 1), PAGE_SIZE));
        model.addAttribute("found", found);
        model.addAttribute("users", history.changers());
        model.addAttribute("user", user);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("adminNav", "audit");
        return "admin/audit";
    }

    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestException("date");
        }
    }
}
