package nl.onderop.volunteers.task.domain;

import nl.onderop.volunteers.volunteer.domain.Volunteer;
import nl.onderop.volunteers.volunteer.domain.VolunteerAccess;

/**
 * Who sees which task. The owning organisation's coordinator sees everything of it; another organisation's
 * coordinator in the tenant sees tasks opened to the pool, with only its own volunteers' sign-ups; a volunteer
 * sees the tasks of its own organisations and, while it is in the pool, those opened to the pool.
 * Municipality coordinators and platform admins see no task, because sign-ups are personal data.
 */
public final class TaskAccess {

    public enum View { OWNER, OTHER_ORGANIZATION, NONE }

    private TaskAccess() {
    }

    public static View coordinatorView(VolunteerAccess caller, Task task) {
        if (!caller.isCoordinatorIn(task.tenant())) {
            return View.NONE;
        }
        if (task.isOwnedBy(caller.organization())) {
            return View.OWNER;
        }
        return task.details().openToPool() && task.status() == TaskStatus.OPEN ? View.OTHER_ORGANIZATION : View.NONE;
    }

    public static boolean isOpenTo(Volunteer volunteer, Task task) {
        if (volunteer.isErased() || !volunteer.tenant().equals(task.tenant())) {
            return false;
        }
        return volunteer.isMemberOf(task.organization()) || (task.details().openToPool() && volunteer.isInPool());
    }
}
