package nl.onderop.volunteers.training.domain;

/** Input that can never make a valid training, naming the field at fault (a 400 at the edge). */
public class InvalidTrainingException extends RuntimeException {

    private final String field;
    private final String code;

    public InvalidTrainingException(String field, String code, String reason) {
        super(reason);
        this.field = field;
        this.code = code;
    }

    public String field() {
        return field;
    }

    public String code() {
        return code;
    }
}
