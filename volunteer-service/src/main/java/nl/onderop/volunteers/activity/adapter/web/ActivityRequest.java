package nl.onderop.volunteers.activity.adapter.web;

import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.onderop.volunteers.activity.application.LogActivities;

/** What a volunteer logs; the rules that need its profile (membership, dates, quarters) follow in the use case. */
record ActivityRequest(
        @NotNull LocalDate date,
        @NotNull @DecimalMin("0.25") @DecimalMax("24") Double hours,
        @NotBlank @Size(max = 40) String kind,
        @Size(max = 100) String organization,
        @Size(max = 280) String note) {

    LogActivities.NewActivity toNew() {
        return new LogActivities.NewActivity(date, hours, kind, organization, note);
    }
}
