package nl.onderop.directory.hsds.adapter.web;

import java.util.List;
import java.util.Locale;

/** Languages as HSDS language objects, each named in the reader's language where Java knows the name. */
final class HsdsLanguages {

    private HsdsLanguages() {
    }

    /** The languages a service is delivered in. */
    static List<HsdsObjects.Language> ofService(String serviceId, List<String> codes, String reader) {
        return codes.stream().distinct()
                .map(code -> new HsdsObjects.Language(HsdsIds.derived(serviceId, "language", code), serviceId, null,
                        name(code, reader), code))
                .toList();
    }

    /** The languages a phone line is answered in. */
    static List<HsdsObjects.Language> ofPhone(String phoneId, List<String> codes, String reader) {
        return codes.stream().distinct()
                .map(code -> new HsdsObjects.Language(HsdsIds.derived(phoneId, "language", code), null, phoneId,
                        name(code, reader), code))
                .toList();
    }

    private static String name(String code, String reader) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.forLanguageTag(reader));
        return name.isBlank() || name.equals(code) ? null : name;
    }
}
