package nianbao.report;

import java.time.LocalDate;
import nianbao.schema.Template;

/**
 * Who reported, on which year, on which template.
 *
 * @param template  recognised from the tables' labels; null when unknown
 * @param year      the year reported on; null when not found
 * @param agency    the reporting body as named in the title; empty when not found
 * @param published the date printed under the signature; null when none
 * @param place     where the agency is; {@link Place#NONE} until places are resolved
 */
public record Metadata(Template template, Integer year, String agency, LocalDate published, Place place)
        implements java.io.Serializable {
}
