package nl.onderop.volunteers.activity.adapter.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import nl.onderop.volunteers.activity.domain.Activity;
import nl.onderop.volunteers.activity.domain.MonthlyHours;

/** One logged activity, for the volunteer itself or the coordinator of the organisation it was logged for. */
record ActivityResponse(String id, String volunteerId, String organization, LocalDate date, double hours, String kind,
                        String note, Instant loggedAt) {

    static ActivityResponse of(Activity activity) {
        return new ActivityResponse(activity.id(), activity.volunteerId(), activity.organization(), activity.date(),
                activity.hours(), activity.kind().value(), activity.note(), activity.loggedAt());
    }

    record ListResponse(List<ActivityResponse> activities, ActivityPaging.PageInfo page) {
    }

    record MonthTotal(String month, double hours, int activities) {

        static MonthTotal of(MonthlyHours month) {
            return new MonthTotal(month.month().toString(), month.hours(), month.activities());
        }
    }

    /** A coordinator's page of one volunteer's activities with the monthly totals over all of them. */
    record VolunteerListResponse(List<ActivityResponse> activities, List<MonthTotal> monthlyTotals,
                                 ActivityPaging.PageInfo page) {
    }
}
