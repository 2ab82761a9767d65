package org.partnerflow.calendar.web;

import org.partnerflow.calendar.CalendarFeeds;
import org.partnerflow.security.CurrentUser;
import org.partnerflow.security.PartnerflowUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The page /me/calendar: the feed's address, how to add it to Outlook or Google, and a new address on request. */
@Controller
class CalendarPageController {

    private final CalendarFeeds feeds;

    CalendarPageController(CalendarFeeds feeds) {
        this.feeds = feeds;
    }

    @GetMapping("/me/calendar")
    String page(Model model) {
        PartnerflowUser user = CurrentUser.get();
        model.addAttribute("url", feeds.addressOf(user).toString());
        model.addAttribute("staff", user.isStaff());
        return "calendar";
    }

    @PostMapping("/me/calendar/reset")
    String reset(RedirectAttributes redirect) {
        feeds.reset(CurrentUser.get());
        redirect.addFlashAttribute("reset", true);
        return "redirect:/me/calendar";
    }
}
