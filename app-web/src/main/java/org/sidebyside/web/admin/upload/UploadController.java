package org.sidebyside.web.admin.upload;

import java.io.IOException;
import org.sidebyside.importer.ImportReport;
import org.sidebyside.importer.SeedImporter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/**
 * Upload a facts file in the format of {@code seeds/facts/*.yml}. "Preview" is a dry run
 * listing what would be inserted, updated, left or rejected, line by line; "Apply" loads it
 * in one transaction. The same importer as the import command.
 */
@Controller
class UploadController {

    private final SeedImporter importer;
    private final long maxBytes;

    /**
     * The page's limit, {@code sidebyside.upload.max-megabytes}, is below what the server reads
     * at all (multipart {@code max-file-size}), so a file over it still reaches this page.
     */
    UploadController(SeedImporter importer, @Value("${sidebyside.upload.max-megabytes:1}") long maxMegabytes) {
        this.importer = importer;
        this.maxBytes = maxMegabytes * 1024 * 1024;
    }

    @ModelAttribute
    void nav(Model model) {
        model.addAttribute("adminNav", "upload");
        model.addAttribute("maxMegabytes", maxBytes / (1024 * 1024));
    }


    @GetMapping("/admin/upload")
    String form() {
        return "admin/upload";
    }

    @PostMapping("/admin/upload")
    ModelAndView upload(@RequestParam(required = false) MultipartFile file, @RequestParam(defaultValue = "preview") String mode)
            throws IOException {
        ModelAndView mav = new ModelAndView("admin/upload");
        if (file == null || file.isEmpty()) {
            mav.addObject("error", "admin.upload.missing");
            mav.setStatus(HttpStatus.BAD_REQUEST);
            return mav;
        }
        if (file.getSize() > maxBytes) {
            mav.addObject("error", "admin.upload.tooLarge");
            mav.addObject("errorArgs", new Object[] {maxBytes / (1024 * 1024)});
            mav.setStatus(HttpStatus.PAYLOAD_TOO_LARGE);
            return mav;
        }
        boolean dryRun = !"apply".equals(mode);
        ImportReport report = importer.importFactsFile(file.getOriginalFilename(), file.getBytes(), dryRun);
        mav.addObject("report", report);
        mav.addObject("fileName", file.getOriginalFilename());
        if (!report.isAccepted()) {
            mav.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        }
        return mav;
    }
}
