package org.sidebyside.web.admin.accounts;

import org.sidebyside.web.system.CurrentRecord;
import org.sidebyside.history.EntityType;
import java.util.Optional;
import java.util.Map;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.sidebyside.account.Account;
import org.sidebyside.account.AccountService;
import org.sidebyside.account.Role;
import org.sidebyside.web.system.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/admin/accounts")
class AccountsController implements CurrentRecord {

    private final AccountService accounts;

    AccountsController(AccountService accounts) {
        this.accounts = accounts;
    }

    /** A new account as the form submits it. */
    public static class NewAccountForm {
        @NotBlank(message = "{admin.account.username.invalid}")
        @Pattern(regexp = Account.USERNAME_PATTERN, message = "{admin.account.username.invalid}")
        private String username;
        @Size(min = AccountService.MIN_PASSWORD_LENGTH, max = 200, message = "{admin.account.password.invalid}")
        private String password;
        private Role role = Role.INSTRUCTOR;

        public String getUsername() {
            return username;
        }

        public void setUsername(String username) {
            this.username = username;
        }

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password;
        }

        public Role getRole() {
            return role;
        }

        public void setRole(Role role) {
            this.role = role;
        }
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("accounts", accounts.all());
        model.addAttribute("roles", Role.values());
        model.addAttribute("adminNav", "accounts");
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("form", new NewAccountForm());
        return "admin/accounts";
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") NewAccountForm form, BindingResult errors, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                accounts.create(form.getUsername(), form.getPassword(), form.getRole());
                redirect.addFlashAttribute("message", "admin.account.created");
                return "redirect:/admin/accounts";
            } catch (AccountService.InvalidAccountException e) {
                errors.rejectValue(e.reason() == AccountService.InvalidAccountException.Reason.PASSWORD ? "password" : "username",
                        "admin.account." + e.reason().code());
            }
        }
        form.setPassword(null);
        return "admin/accounts";
    }

    @PostMapping("/{username}/role")
    String role(@PathVariable String username, @RequestParam Role role, @RequestParam(defaultValue = "false") boolean enabled,
                @RequestParam long version, RedirectAttributes redirect) {
        accounts.find(username).orElseThrow(() -> new NotFoundException("account " + username));
        try {
            accounts.changeRole(username, role, enabled, version);
            redirect.addFlashAttribute("message", "admin.account.saved");
        } catch (AccountService.InvalidAccountException e) {
            redirect.addFlashAttribute("error", "admin.account." + e.reason().code());
        }
        return "redirect:/admin/accounts";
    }

    @PostMapping("/{username}/password")
    String password(@PathVariable String username, @RequestParam String password, RedirectAttributes redirect) {
        accounts.find(username).orElseThrow(() -> new NotFoundException("account " + username));
        try {
            accounts.changePassword(username, password);
            redirect.addFlashAttribute("message", "admin.account.passwordChanged");
        } catch (AccountService.InvalidAccountException e) {
            redirect.addFlashAttribute("error", "admin.account." + e.reason().code());
        }
        return "redirect:/admin/accounts";
    }

    // the conflict page shows the record as saved now

    @Override
    public boolean shows(EntityType type) {
        return type == EntityType.ACCOUNT;
    }

    @Override
    public Optional<Shown> current(EntityType type, String username) {
        return accounts.find(username).map(a -> new Shown("/admin/accounts", Map.<String, Object>of(
                "role", a.getRole().name(), "enabled", String.valueOf(a.isEnabled()))::get));
    }
}
