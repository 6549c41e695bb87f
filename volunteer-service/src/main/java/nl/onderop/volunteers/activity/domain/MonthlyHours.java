package nl.onderop.volunteers.activity.domain;

import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Hours and number of activities per calendar month, newest month first: what a coordinator reports on. */
public record MonthlyHours(YearMonth month, double hours, int activities) {

    public static List<MonthlyHours> of(Collection<Activity> activities) {
        Map<YearMonth, MonthlyHours> months = new TreeMap<>();
        for (Activity activity : activities) {
            months.merge(YearMonth.from(activity.date()), new MonthlyHours(YearMonth.from(activity.date()), activity.hours(), 1),
                    (sum, one) -> new MonthlyHours(sum.month(), sum.hours() + one.hours(), sum.activities() + 1));
        }
        return months.values().stream().sorted((a, b) -> b.month().compareTo(a.month())).toList();
    }
}
