package nl.onderop.volunteers.volunteer.application;

/** The login account already has a volunteer profile. */
public class DuplicateAccountException extends RuntimeException {

    public DuplicateAccountException() {
        super("This account already has a volunteer profile");
    }
}
