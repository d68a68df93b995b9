package org.sidebyside.web.admin;

import org.sidebyside.fact.AttentionReport;
import org.sidebyside.history.History;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** What needs an instructor's attention, on one page. */
@Controller
class DashboardController {

    private final AttentionReport attention;
    private final History history;

    DashboardController(AttentionReport attention, History history) {
        this.attention = attention;
        this.history = history;
    }

    @GetMapping("/admin")
    String dashboard(Model model) {
        model.addAttribute("attention", attention.now());
        model.addAttribute("recent", history.recent());
        model.addAttribute("adminNav", "dashboard");
        return "admin/dashboard";
    }
}
