package org.slastudio.model;

/**
 * How a window treats its maintenance windows and planned work announced outside them.
 *
 * @param convention                   whether maintenance leaves the measured time or counts as available time;
 *                                     null is taken as {@link MaintenanceConvention#EXCLUDED_FROM_MEASURED_TIME}
 * @param plannedWorkNoticeBusinessDays planned work outside the maintenance windows announced at least this many
 *                                     Business Days ahead is treated as maintenance; null: such work is downtime
 * @param businessDaysWindowId         the window whose days are Business Days (a day on which it has hours, less its
 *                                     holidays); null: Monday to Friday, less this window's holidays
 */
public record MaintenanceRules(MaintenanceConvention convention, Integer plannedWorkNoticeBusinessDays,
                               String businessDaysWindowId) {

    public MaintenanceRules {
        convention = convention == null ? MaintenanceConvention.EXCLUDED_FROM_MEASURED_TIME : convention;
    }

    /** What a window without these terms has always meant. */
    public static MaintenanceRules standard() {
        return new MaintenanceRules(MaintenanceConvention.EXCLUDED_FROM_MEASURED_TIME, null, null);
    }

    public MaintenanceConvention conventionOrDefault() {
        return convention == null ? MaintenanceConvention.EXCLUDED_FROM_MEASURED_TIME : convention;
    }

    public boolean isStandard() {
        return conventionOrDefault() == MaintenanceConvention.EXCLUDED_FROM_MEASURED_TIME
                && plannedWorkNoticeBusinessDays == null && (businessDaysWindowId == null || businessDaysWindowId.isBlank());
    }
}
