package org.partnerflow.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.partnerflow.infrastructure.readcache.ReadCache;
import org.partnerflow.programme.ProgrammeView;
import org.partnerflow.programme.Programmes;
import org.partnerflow.security.PartnerflowUser;
import org.partnerflow.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public 360Giving file: every published programme's grants in one package under the installation's publisher
 * and licence, as JSON and as the flattened CSV, each programme first run through 360Giving's quality checks (one
 * with a CRITICAL finding is left out). Built once and kept in the {@link ReadCache}, so that any committed change
 * (a publication, a grant, a release) builds it afresh and a crowd asking at once costs one build.
 */
@Service
public class OpenDataPublication {

    /** Reads every programme's grants for the public file, as a funder would: never a signed-in user. */
    private static final PartnerflowUser READER = new PartnerflowUser(null, "open-data", "Open data publication", "",
            true, Set.of(Role.FUNDER), Set.of());

    /** Where a programme stands in the public file, and why. */
    public record ProgrammeStatus(long id, String code, String title, boolean publish, String grantIdPrefix,
            int grants, LocalDate lastChanged, QualityCheck.Report quality) {

        /** Published, with grants and no CRITICAL finding: in the public file. */
        public boolean included() {
            return publish && grants > 0 && quality.critical().isEmpty();
        }
    }

    /** The public file as served (never changed once built), and every programme's standing. */
    public record Publication(List<ProgrammeStatus> programmes, byte[] json, byte[] csv, LocalDate lastChanged) {

        /** Whether anything is published: the files answer 404 until then. */
        public boolean published() {
            return json != null;
        }
    }

    private final ThreeSixtyGivingExport export;
    private final Programmes programmes;
    private final ReadCache cache;
    private final Clock clock;
    private final OpenDataProperties properties;
    private final ObjectMapper json;

    OpenDataPublication(ThreeSixtyGivingExport export, Programmes programmes, ReadCache cache, Clock clock,
            OpenDataProperties properties, ObjectMapper json) {
        this.export = export;
        this.programmes = programmes;
        this.cache = cache;
        this.clock = clock;
        this.properties = properties;
        this.json = json;
    }

    /** The public file as it stands, the address of this installation naming the data source. */
    public Publication current(String baseUrl) {
        return cache.read("open-data", List.of(baseUrl), () -> build(dataSource(baseUrl)));
    }

    /** Every quality check on one programme's grants as they would be published (staff who may read it). */
    @Transactional(readOnly = true)
    public QualityCheck.Report qualityOf(long programmeId, PartnerflowUser user, String baseUrl) {
        ProgrammeView programme = programmes.get(programmeId, user);
        return QualityCheck.run(export.grantsOf(programme, user, dataSource(baseUrl), export.now()),
                LocalDate.now(clock.withZone(ThreeSixtyGivingExport.UK)));
    }

    private String dataSource(String baseUrl) {
        return properties.dataSource() != null ? properties.dataSource() : baseUrl + "/open-data/360giving.json";
    }

    private Publication build(String dataSource) {
        String now = export.now();
        LocalDate today = LocalDate.now(clock.withZone(ThreeSixtyGivingExport.UK));
        List<ProgrammeStatus> standing = new ArrayList<>();
        List<GrantPackage.Grant> published = new ArrayList<>();
        for (ProgrammeView programme : programmes.visibleTo(READER)) {
            List<GrantPackage.Grant> grants = export.grantsOf(programme, READER, dataSource, now);
            ProgrammeStatus status = new ProgrammeStatus(programme.id(), programme.code(), programme.title(),
                    programme.openData().publish(), programme.openData().grantIdPrefix(), grants.size(),
                    lastChanged(programme, grants), QualityCheck.run(grants, today));
            standing.add(status);
            if (status.included()) {
                published.addAll(grants);
            }
        }
        LocalDate lastChanged = standing.stream().filter(ProgrammeStatus::included).map(ProgrammeStatus::lastChanged)
                .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
        if (published.isEmpty()) {
            return new Publication(List.copyOf(standing), null, null, lastChanged);
        }
        OpenDataProperties.Publisher publisher = properties.publisher();
        GrantPackage pack = new GrantPackage(ThreeSixtyGivingExport.STANDARD_VERSION,
                "Grants published by " + publisher.name(),
                "The grants made under every programme " + publisher.name() + " publishes, from Partnerflow.", now,
                new GrantPackage.Publisher(publisher.identifier(), publisher.name()), properties.license(),
                List.copyOf(published));
        try {
            return new Publication(List.copyOf(standing), json.writeValueAsBytes(pack),
                    GrantCsv.of(published).toString().getBytes(StandardCharsets.UTF_8), lastChanged);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the 360Giving package could not be written", e);
        }
    }

    /** The latest of the programme's publication change, its grants' award dates and their payments. */
    private static LocalDate lastChanged(ProgrammeView programme, List<GrantPackage.Grant> grants) {
        Stream<LocalDate> settings = Stream.ofNullable(programme.openData().lastChanged())
                .map(at -> at.atZone(ThreeSixtyGivingExport.UK).toLocalDate());
        Stream<LocalDate> grantDates = grants.stream().flatMap(g -> Stream.concat(Stream.ofNullable(g.awardDate()),
                g.disbursementTransaction() == null ? Stream.empty()
                        : g.disbursementTransaction().stream().map(GrantPackage.Transaction::transactionDate)))
                .map(QualityRules::parse).filter(Objects::nonNull);
        return Stream.concat(settings, grantDates).max(Comparator.naturalOrder()).orElse(null);
    }
}
