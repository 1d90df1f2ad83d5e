package org.slant.export;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.codec.digest.DigestUtils;
import org.slant.annotation.query.WorkToExport;
import org.slant.annotation.query.WorkToExport.DocumentWork;
import org.slant.corpus.CorpusService;
import org.slant.corpus.ProjectDetails;
import org.slant.curation.CurationStatus;
import org.slant.curation.query.GoldCursor;
import org.slant.curation.query.GoldOnDocument;
import org.slant.curation.query.GoldProvenance;
import org.slant.curation.query.GoldWork;
import org.slant.export.ExportOptions.GoldDocuments;
import org.slant.export.ExportOptions.Hygiene;
import org.slant.export.ExportOptions.LabelSource;
import org.slant.export.ExportedDocument.AnnotatorWork;
import org.slant.export.ExportedDocument.ExportedAnswer;
import org.slant.export.ExportedDocument.ExportedSpan;
import org.slant.platform.ForbiddenException;
import org.slant.platform.FileNames;
import org.slant.platform.Sha256Output;
import org.slant.platform.NotFoundException;
import org.slant.platform.InvalidInputException;
import org.slant.platform.Message;
import org.slant.platform.InvalidInputException.Problem;
import org.slant.platform.Progress;
import org.slant.schema.LayerKind;
import org.slant.schema.LayerSchema;
import org.slant.schema.LayerSchema.AttributeSchema;
import org.slant.schema.LayerSchema.LabelSchema;
import org.slant.schema.SchemaService;
import org.slant.team.AnnotatorProfile;
import org.slant.team.AnnotatorProfiles;
import org.slant.team.CurrentUser;
import org.slant.team.Member;
import org.slant.team.Memberships;
import org.slant.team.ProjectAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Datasets out of a project (docs/formats.md): checks who may export what, reads the documents one at a time with
 * the chosen work, applies text hygiene and the majority vote, and hands each document to the format's writer.
 * A bundle is a zip of the writer's files (written to a temporary directory first) and {@code manifest.json}; a
 * raw export is the single data file of a one-file format. The REST API and the web UI {@link #prepare} an export
 * into a file inside one database snapshot, and send it after the snapshot has ended.
 */
@Service
public class ExportService {

    private static final Set<ExportFormat> ONE_FILE = Set.of(ExportFormat.JSONL, ExportFormat.SPANS_CSV,
            ExportFormat.SPANS_PARQUET, ExportFormat.CONLL);
    /** The formats that show a document's gold beside the annotators' labels, whatever the source. */
    private static final Set<ExportFormat> GOLD_BESIDE = Set.of(ExportFormat.JSONL, ExportFormat.HF,
            ExportFormat.PERSPECTIVIST);
    private static final TypeReference<LinkedHashMap<String, Object>> OBJECT = new TypeReference<>() {
    };

    private final WorkToExport work;
    private final GoldWork goldWork;
    private final GoldProvenance goldProvenance;
    private final ExportReader reader;
    private final SchemaService schema;
    private final CorpusService corpus;
    private final ProjectAccess access;
    private final CurrentUser currentUser;
    private final Memberships memberships;
    private final JsonMapper json;
    private final AnnotatorProfiles profiles;
    private final ExportSlots slots;
    private final ExportFilesOnDisk disk;
    private final TransactionTemplate snapshot;
    private final Map<ExportFormat, ExportWriterFactory> writers = new EnumMap<>(ExportFormat.class);

    ExportService(WorkToExport work, GoldWork goldWork, GoldProvenance goldProvenance, ExportReader reader,
            SchemaService schema, CorpusService corpus, ProjectAccess access, CurrentUser currentUser,
            Memberships memberships, JsonMapper json, AnnotatorProfiles profiles, List<ExportWriterFactory> factories,
            ExportSlots slots, ExportFilesOnDisk disk, PlatformTransactionManager transactions) {
        this.profiles = profiles;
        this.work = work;
        this.goldWork = goldWork;
        this.goldProvenance = goldProvenance;
        this.slots = slots;
        this.disk = disk;
        this.snapshot = new TransactionTemplate(transactions);
        snapshot.setReadOnly(true);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.reader = reader;
        this.schema = schema;
        this.corpus = corpus;
        this.access = access;
        this.currentUser = currentUser;
        this.memberships = memberships;
        this.json = json;
        factories.forEach(factory -> writers.put(factory.format(), factory));
    }

    /** The formats this installation can write. */
    public Set<ExportFormat> formats() {
        return Set.copyOf(writers.keySet());
    }

    /**
     * The download's name, e.g. "my-study-jsonl-2026-03-01.zip" (raw: "my-study-2026-03-01.jsonl"). Asks every
     * question an export asks (access, options) first, so a caller learns of a refusal before the first byte.
     */
    @Transactional(readOnly = true)
    public String fileName(UUID projectId, ExportOptions options, boolean raw) {
        return fileName(plan(projectId, options, raw), raw);
    }

    /**
     * The export (a bundle, or with {@code raw} the single data file) written whole to a temporary file, read in one
     * snapshot of the database that ends when this returns: the caller sends the file afterwards and closes it, so
     * no transaction stays open while a slow client downloads. Every check is made before anything is written; a
     * refusal or a failure leaves no file. At most {@code slant.export.max-concurrent} exports are prepared at once:
     * one more is refused with a {@link org.slant.platform.BusyException}. {@code progress} hears how many of the
     * project's documents have been read.
     */
    public PreparedExport prepare(UUID projectId, ExportOptions options, boolean raw, Progress progress)
            throws IOException {
        try (ExportSlots.Slot slot = slots.take()) {
            Path[] file = {null};
            try {
                return snapshot.execute(status -> {
                    Plan plan = plan(projectId, options, raw);
                    long documents = plan.goldDocuments != null ? plan.goldDocuments.size()
                            : corpus.projectDetails(projectId).documents();
                    LongConsumer read = done -> progress.advanced(done, documents);
                    try {
                        file[0] = disk.newFile(raw ? extension(options.format()) : ".zip");
                        ExportManifest.Counts counts;
                        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file[0]), 1 << 16)) {
                            counts = raw ? writeRaw(plan, out, read) : writeBundle(plan, out, read).counts();
                        }
                        return new PreparedExport(file[0], fileName(plan, raw),
                                raw ? contentType(options.format()) : "application/zip", counts, disk);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                disk.delete(file[0]);
                throw e.getCause();
            } catch (RuntimeException | Error e) {
                disk.delete(file[0]);
                throw e;
            }
        }
    }

    private static String fileName(Plan plan, boolean raw) {
        String base = slug(plan.projectName) + "-" + plan.options.format().id() + "-"
                + LocalDate.now(ZoneOffset.UTC);
        return base + (raw ? extension(plan.options.format()) : ".zip");
    }

    /** The media type of a raw export of the format. */
    public static String contentType(ExportFormat format) {
        return switch (format) {
            case JSONL -> "application/x-ndjson";
            case SPANS_CSV -> "text/csv;charset=UTF-8";
            case SPANS_PARQUET -> "application/vnd.apache.parquet";
            case CONLL -> "text/plain;charset=UTF-8";
            case HF, PERSPECTIVIST -> "application/zip";
        };
    }

    /**
     * For the export page, before an hf export: the splits these shares would leave empty and how many stories (a
     * document without one counting as its own) the project has to fill them with.
     */
    @Transactional(readOnly = true)
    public EmptySplits emptySplits(UUID projectId, ExportOptions.Splits shares) {
        corpus.project(projectId);
        Map<UUID, Integer> groups = reader.groupSizes(projectId);
        return new EmptySplits(StorySplits.empty(groups, shares), groups.size());
    }

    /** @param groups the project's stories, a document without one counting as one */
    public record EmptySplits(List<StorySplits.Split> splits, int groups) {
    }

    /**
     * Where the project's curation stands, for those who may export its gold (managers, curators, admins; 403 for
     * others): how many documents are curated and in progress, i.e. which gold there is to export.
     */
    @Transactional(readOnly = true)
    public ExportManifest.Curation curation(UUID projectId) {
        corpus.project(projectId);
        access.requireEveryonesWork(projectId);
        return curation(goldProvenance.documents(projectId));
    }

    private static ExportManifest.Curation curation(GoldProvenance.Documents documents) {
        return new ExportManifest.Curation(documents.curated(), documents.inProgress(), documents.notStarted());
    }

    /**
     * The ids of the project's members named by username or user id; unknown ones are refused naming the field
     * "annotator". Outsiders learn nothing: the project is theirs to see first (404).
     */
    @Transactional(readOnly = true)
    public Set<UUID> annotatorIds(UUID projectId, Collection<String> usernamesOrIds) {
        corpus.project(projectId);
        if (usernamesOrIds.isEmpty()) {
            return Set.of();
        }
        List<Member> members = memberships.members(projectId);
        Set<UUID> ids = new LinkedHashSet<>();
        List<Problem> unknown = new ArrayList<>();
        for (String given : usernamesOrIds) {
            Optional<UUID> id = members.stream().filter(member -> member.username().equalsIgnoreCase(given)
                    || member.userId().toString().equalsIgnoreCase(given)).map(Member::userId).findFirst();
            id.ifPresentOrElse(ids::add, () -> unknown.add(Problem.of("annotator",
                    Message.of("export.refusal.no-member-named", given))));
        }
        if (!unknown.isEmpty()) {
            throw InvalidInputException.listing(Message.of("export.refusal.unknown-annotator"), unknown);
        }
        return ids;
    }

    /**
     * Writes the export bundle, a zip of the format's files and {@code manifest.json}, to {@code out} (left open).
     * Everything is read in one snapshot of the database.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public ExportManifest export(UUID projectId, ExportOptions options, OutputStream out) throws IOException {
        return writeBundle(plan(projectId, options, false), out, documentsRead -> {
        });
    }

    private ExportManifest writeBundle(Plan plan, OutputStream out, LongConsumer progress) throws IOException {
        Instant exportedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        try (TempExportFiles files = new TempExportFiles(disk)) {
            Tally tally = write(plan, files, progress);
            ZipOutputStream zip = new ZipOutputStream(out, UTF_8);
            List<ExportManifest.ExportedFile> written = new ArrayList<>();
            for (String name : files.names()) {
                zip.putNextEntry(entry(name, exportedAt));
                Sha256Output content = new Sha256Output(zip);
                try (InputStream in = Files.newInputStream(files.path(name))) {
                    in.transferTo(content);
                }
                written.add(new ExportManifest.ExportedFile(name, content.bytes(), content.sha256Hex()));
                zip.closeEntry();
            }
            ExportManifest manifest = manifest(plan, exportedAt, tally, written);
            zip.putNextEntry(entry(ExportManifest.FILE_NAME, exportedAt));
            zip.write(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
            zip.closeEntry();
            zip.finish();
            zip.flush();
            return manifest;
        }
    }

    /**
     * Streams the single data file of a one-file format (jsonl, spans-csv, spans-parquet, conll) to {@code out}
     * (left open), without zip or manifest: for piping into other tools. hf and perspectivist are refused (400).
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public ExportManifest.Counts exportRaw(UUID projectId, ExportOptions options, OutputStream out)
            throws IOException {
        return writeRaw(plan(projectId, options, true), out, documentsRead -> {
        });
    }

    private ExportManifest.Counts writeRaw(Plan plan, OutputStream out, LongConsumer progress) throws IOException {
        Tally tally = write(plan, new RawExportFiles(out), progress);
        out.flush();
        return tally.counts();
    }

    /** The stable pseudonym of an annotator in a project: "a-" and 8 hex digits of SHA-256("project:user"). */
    public static String pseudonym(UUID projectId, UUID userId) {
        return "a-" + DigestUtils.sha256Hex(projectId + ":" + userId).substring(0, 8);
    }

    private Tally write(Plan plan, ExportFiles files, LongConsumer progress) throws IOException {
        ExportWriter writer = writers.get(plan.options.format()).create();
        writer.begin(plan.context, files);
        Tally tally = new Tally();
        long[] read = {0};
        // gold is read beside the documents, both in corpus order; with gold as the source, it chooses them
        try (GoldCursor goldOf = plan.gold == null ? GoldCursor.none()
                : goldWork.documents(plan.projectId, plan.labelIds, plan.goldStatuses, null)) {
            work.documents(plan.projectId, plan.annotatorIds, plan.labelIds, plan.goldSource ? false
                    : plan.options.onlyDone(), plan.goldDocuments, stored -> {
                        progress.accept(++read[0]);
                        ExportedDocument document = document(plan, stored, goldOf.at(stored.id(),
                                stored.position()), tally);
                        try {
                            writer.document(document);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        writer.end();
        return tally;
    }

    /**
     * One stored document as the writers read it: the work that counts, filtered, cleaned and (if asked) voted, or
     * its gold; and its gold beside the work where the format has room for it.
     */
    private ExportedDocument document(Plan plan, DocumentWork stored, GoldOnDocument storedGold, Tally tally) {
        ExportOptions options = plan.options;
        Map<Integer, String> statuses = new HashMap<>();
        for (int i = 0; i < stored.workAnnotators().length; i++) {
            statuses.put(stored.workAnnotators()[i], stored.workStatuses()[i]);
        }
        // who counts here: done work only; otherwise work done or begun, or any span or answer made
        Set<Integer> counted = new HashSet<>();
        statuses.forEach((annotator, status) -> {
            if ("DONE".equals(status) || !options.onlyDone() && "IN_PROGRESS".equals(status)) {
                counted.add(annotator);
            }
        });
        if (!options.onlyDone()) {
            for (int annotator : stored.spanAnnotators()) {
                counted.add(annotator);
            }
            for (int annotator : stored.answerAnnotators()) {
                counted.add(annotator);
            }
        }
        int[] codePoints = stored.text().codePoints().toArray();
        Map<Integer, List<ExportedSpan>> spans = new HashMap<>();
        List<TextHygiene.Range> hygiene = new ArrayList<>();
        for (int i = 0; i < stored.spanIds().length; i++) {
            int annotator = stored.spanAnnotators()[i];
            if (!counted.contains(annotator)) {
                continue;
            }
            LabelRef label = plan.labels.get(stored.spanLabels()[i] - 1);
            int start = stored.starts()[i];
            int end = Math.min(stored.ends()[i], codePoints.length);
            if (label.hygiene && options.hygiene() != Hygiene.KEEP) {
                // with gold as the source, the page furniture is what gold marks as such
                if (!plan.goldSource) {
                    hygiene.add(new TextHygiene.Range(start, end));
                }
                continue;
            }
            if (!label.exported || start >= end) {
                continue;
            }
            spans.computeIfAbsent(annotator, a -> new ArrayList<>()).add(new ExportedSpan(
                    UUID.fromString(stored.spanIds()[i]), label.layer, label.label, start, end,
                    TextHygiene.slice(codePoints, start, end), attributes(plan, stored.spanAttributes()[i])));
        }
        Map<Integer, List<ExportedAnswer>> answers = new HashMap<>();
        for (int i = 0; i < stored.answerIds().length; i++) {
            int annotator = stored.answerAnnotators()[i];
            LabelRef label = plan.labels.get(stored.answerLabels()[i] - 1);
            if (counted.contains(annotator) && label.exported) {
                answers.computeIfAbsent(annotator, a -> new ArrayList<>()).add(new ExportedAnswer(
                        UUID.fromString(stored.answerIds()[i]), label.layer, label.label,
                        attributes(plan, stored.answerAttributes()[i])));
            }
        }
        List<AnnotatorWork> work = new ArrayList<>();
        counted.stream().sorted(Comparator.comparing(annotator -> plan.annotatorNames.get(annotator - 1)))
                .forEach(annotator -> work.add(new AnnotatorWork(plan.annotatorNames.get(annotator - 1),
                        statuses.getOrDefault(annotator, "IN_PROGRESS"), spans.getOrDefault(annotator, List.of()),
                        answers.getOrDefault(annotator, List.of()))));
        List<AnnotatorWork> all = new ArrayList<>(work);
        if (storedGold != null) {
            all.add(gold(plan, storedGold, codePoints, hygiene));
        }
        TextHygiene.Cleaned cleaned = TextHygiene.apply(options.hygiene(), stored.text(), hygiene, all);
        List<AnnotatorWork> annotators = cleaned.work().subList(0, work.size());
        AnnotatorWork goldWork = storedGold == null ? null : cleaned.work().getLast();
        List<AnnotatorWork> exported = switch (options.source()) {
            case MAJORITY -> List.of(MajorityVote.of(stored.id(), annotators));
            case GOLD -> plan.goldBeside ? annotators : List.of(goldWork);
            case ANNOTATORS -> annotators;
        };
        AnnotatorWork beside = plan.goldBeside ? goldWork : null;
        tally.documents++;
        counted.forEach(tally.annotators::add);
        exported.forEach(one -> {
            tally.spans += one.spans().size();
            tally.answers += one.answers().size();
        });
        if (goldWork != null) {
            tally.goldDocuments++;
            tally.goldSpans += goldWork.spans().size();
            tally.goldAnswers += goldWork.answers().size();
        }
        return new ExportedDocument(stored.id(), stored.position(), stored.title(), cleaned.text(), stored.outlet(),
                stored.storyId(), stored.story(), stored.url(), stored.published(), stored.externalId(),
                meta(stored.meta()), exported, beside, stored.language());
    }

    /**
     * A document's gold as the writers read it, named "gold" with where its curation stands; its spans in the hygiene
     * layer become {@code hygiene} ranges when gold is the source.
     */
    private AnnotatorWork gold(Plan plan, GoldOnDocument stored, int[] codePoints, List<TextHygiene.Range> hygiene) {
        List<ExportedSpan> spans = new ArrayList<>();
        for (GoldOnDocument.Span span : stored.spans()) {
            LabelRef label = plan.labels.get(span.label());
            int end = Math.min(span.end(), codePoints.length);
            if (label.hygiene && plan.options.hygiene() != Hygiene.KEEP) {
                if (plan.goldSource) {
                    hygiene.add(new TextHygiene.Range(span.start(), end));
                }
            } else if (label.exported && span.start() < end) {
                spans.add(new ExportedSpan(span.id(), label.layer, label.label, span.start(), end,
                        TextHygiene.slice(codePoints, span.start(), end), attributes(plan, span.attributes())));
            }
        }
        List<ExportedAnswer> answers = stored.answers().stream()
                .filter(answer -> plan.labels.get(answer.label()).exported)
                .map(answer -> new ExportedAnswer(answer.id(), plan.labels.get(answer.label()).layer,
                        plan.labels.get(answer.label()).label, attributes(plan, answer.attributes())))
                .toList();
        return new AnnotatorWork(ExportedDocument.GOLD, stored.status().name(), spans, answers);
    }

    /** Attribute values keyed by attribute name, values as stored (a choice's text); unknown keys left out. */
    private Map<String, Object> attributes(Plan plan, String stored) {
        if (stored == null || stored.equals("{}")) {
            return Map.of();
        }
        Map<String, Object> byName = new LinkedHashMap<>();
        json.readValue(stored, OBJECT).forEach((key, value) -> {
            String name = plan.attributeNames.get(key);
            if (name != null) {
                byName.put(name, value);
            }
        });
        return byName;
    }

    private Map<String, Object> meta(String stored) {
        return stored == null || stored.equals("{}") ? Map.of() : json.readValue(stored, OBJECT);
    }

    /** Every check an export makes, in order: the project (404), the format, access (403), then the options. */
    private Plan plan(UUID projectId, ExportOptions options, boolean raw) {
        ProjectDetails project = corpus.projectDetails(projectId);
        ExportFormat format = options.format();
        if (format == null || !writers.containsKey(format)) {
            throw InvalidInputException.of("format", Message.of("export.refusal.format",
                    String.valueOf(format == null ? null : format.id()), writers.keySet().stream()
                            .map(ExportFormat::id).sorted().toList().toString()));
        }
        if (raw && !ONE_FILE.contains(format)) {
            throw InvalidInputException.of("raw", Message.of("export.refusal.raw", format.id()));
        }
        boolean goldSource = options.source() == LabelSource.GOLD;
        boolean seesEveryone = access.seesEveryonesWork(projectId);
        if ((goldSource || options.gold() == GoldDocuments.ANY) && !seesEveryone) {
            throw new ForbiddenException(Message.of("export.refusal.gold-for-curators"));
        }
        if (!seesEveryone && project.blind()) {
            UUID me = currentUser.id().orElseThrow(() -> new ForbiddenException(Message.of("team.refusal.signed-out")));
            if (options.source() == LabelSource.MAJORITY) {
                throw new ForbiddenException(Message.of("export.refusal.blind-majority"));
            }
            if (!options.annotators().equals(Set.of(me))) {
                throw new ForbiddenException(Message.of("export.refusal.blind-own-work"));
            }
        }
        List<Problem> problems = new ArrayList<>();
        List<LayerSchema> all = schema.layers(projectId);
        Set<String> layerNames = new HashSet<>(all.stream().map(LayerSchema::name).toList());
        options.layers().stream().filter(name -> !layerNames.contains(name)).sorted().forEach(name -> problems.add(
                Problem.of("layer", Message.of("export.refusal.no-layer", name))));
        List<LayerSchema> layers = all.stream()
                .filter(layer -> options.layers().isEmpty() || options.layers().contains(layer.name())).toList();
        Set<String> labelNames = new HashSet<>();
        layers.forEach(layer -> layer.labels().forEach(label -> labelNames.add(label.name())));
        options.labels().stream().filter(name -> !labelNames.contains(name)).sorted().forEach(name -> problems.add(
                Problem.of("label", Message.of("export.refusal.no-label", name))));
        Set<UUID> members = new HashSet<>(memberships.members(projectId).stream().map(Member::userId).toList());
        options.annotators().stream().filter(id -> !members.contains(id)).forEach(id -> problems.add(
                Problem.of("annotator", Message.of("export.refusal.no-member-id", id.toString()))));
        ExportOptions.Splits splits = options.splits();
        if (splits == null || splits.train() < 0 || splits.validation() < 0 || splits.test() < 0
                || !(splits.train() + splits.validation() + splits.test() > 0)) {
            problems.add(Problem.of("split", Message.of("export.refusal.split")));
        }
        Optional<LayerSchema> hygieneLayer = all.stream()
                .filter(layer -> layer.name().equals(options.hygieneLayer()) && layer.kind() == LayerKind.SPAN)
                .findFirst();
        if (options.hygiene() != Hygiene.KEEP && hygieneLayer.isEmpty()) {
            problems.add(Problem.of("hygieneLayer", Message.of("export.refusal.hygiene-layer",
                    String.valueOf(options.hygieneLayer()), options.hygiene().name().toLowerCase(Locale.ROOT))));
        }
        boolean readsGold = goldSource || seesEveryone && GOLD_BESIDE.contains(format);
        problems.addAll(goldProblems(options, readsGold));
        if (!problems.isEmpty()) {
            throw InvalidInputException.listing(Message.of("export.refusal.not-made"), problems);
        }
        Plan plan = new Plan(projectId, project.name(), options, layers, hygieneLayer.orElse(null), readsGold);
        if (goldSource && plan.goldDocuments.isEmpty()) {
            throw noGold(plan.curation, options.gold());
        }
        return plan;
    }

    /** The options that make no sense with gold as the source, or for an export without gold. */
    private static List<Problem> goldProblems(ExportOptions options, boolean readsGold) {
        List<Problem> problems = new ArrayList<>();
        // only the perspectivist export puts the annotators' labels beside gold: there they keep their options
        if (options.source() == LabelSource.GOLD && options.format() != ExportFormat.PERSPECTIVIST) {
            if (!options.annotators().isEmpty()) {
                problems.add(Problem.of("annotator", Message.of("export.refusal.gold-no-annotator")));
            }
            if (!options.onlyDone()) {
                problems.add(Problem.of("done", Message.of("export.refusal.gold-not-done")));
            }
        }
        if (options.gold() == GoldDocuments.ANY && !readsGold) {
            problems.add(Problem.of("gold", Message.of("export.refusal.gold-any", options.format().id(),
                    options.source().name().toLowerCase(Locale.ROOT))));
        }
        return problems;
    }

    private static InvalidInputException noGold(GoldProvenance.Documents documents, GoldDocuments asked) {
        if (asked == GoldDocuments.CURATED && documents.inProgress() > 0) {
            return InvalidInputException.of("gold", Message.of("export.refusal.none-curated",
                    String.valueOf(documents.inProgress())));
        }
        return InvalidInputException.of("source", Message.of("export.refusal.no-gold"));
    }

    /**
     * The annotators counted in the project, narrowed to those asked for, named as the files will name them; none
     * when gold alone is exported.
     */
    private List<UUID> annotators(UUID projectId, ExportOptions options) {
        if (options.source() == LabelSource.GOLD && options.format() != ExportFormat.PERSPECTIVIST) {
            return List.of();
        }
        List<UUID> ids = new ArrayList<>(work.annotatorsWithWork(projectId, options.onlyDone()));
        if (!options.annotators().isEmpty()) {
            ids.retainAll(options.annotators());
        }
        return ids;
    }

    private ExportManifest manifest(Plan plan, Instant exportedAt, Tally tally,
            List<ExportManifest.ExportedFile> files) {
        ExportOptions options = plan.options;
        List<ExportManifest.Layer> layers = plan.layers.stream()
                .filter(layer -> options.hygiene() == Hygiene.KEEP || plan.hygieneLayer == null
                        || !layer.id().equals(plan.hygieneLayer.id()))
                .map(layer -> new ExportManifest.Layer(layer.name(), layer.kind().name(),
                        layer.labels().stream().map(LabelSchema::name)
                                .filter(name -> options.labels().isEmpty() || options.labels().contains(name))
                                .toList(),
                        layer.attributes().stream().map(AttributeSchema::name).distinct().toList()))
                .toList();
        ExportManifest.Options asked = new ExportManifest.Options(options.layers().stream().sorted().toList(),
                options.labels().stream().sorted().toList(), options.annotators().isEmpty() ? List.of()
                        : plan.annotatorNames, options.onlyDone(), options.source().name(), options.hygiene().name(),
                options.hygieneLayer(), options.splits(), options.usernames(), options.gold().name());
        return new ExportManifest(ExportManifest.KIND, ExportManifest.VERSION, slantVersion(),
                exportedAt.toString(), new ExportManifest.Project(plan.projectId, plan.projectName),
                options.format().id(), layers, asked, tally.counts(), files, plan.gold == null ? null
                        : plan.gold.with(new ExportManifest.Exported(tally.goldDocuments, tally.goldSpans,
                                tally.goldAnswers)));
    }

    private static ZipEntry entry(String name, Instant time) {
        ZipEntry entry = new ZipEntry(name);
        entry.setLastModifiedTime(FileTime.from(time));
        return entry;
    }

    private static String slantVersion() {
        return Optional.ofNullable(ExportService.class.getPackage().getImplementationVersion())
                .orElse("development");
    }

    private static String extension(ExportFormat format) {
        return switch (format) {
            case JSONL -> ".jsonl";
            case SPANS_CSV -> ".csv";
            case SPANS_PARQUET -> ".parquet";
            case CONLL -> ".conll";
            case HF, PERSPECTIVIST -> ".zip";
        };
    }

    /** The project's name as a file name: letters and digits of any script kept, everything else a dash. */
    static String slug(String name) {
        return FileNames.slug(name, 60);
    }

    /**
     * The exported annotators' profiles, by their names in the files: only in perspectivist exports of each annotator's
     * labels, and only for the project's managers, who alone may read profiles. Fields an annotator left empty stay
     * empty.
     */
    private List<ExportContext.AnnotatorProfileRow> profiles(UUID projectId, ExportOptions options, List<UUID> ids,
            Map<UUID, String> names) {
        if (options.format() != ExportFormat.PERSPECTIVIST || options.source() == LabelSource.MAJORITY
                || !corpus.canChange(projectId)) {
            return List.of();
        }
        List<ExportContext.AnnotatorProfileRow> rows = new ArrayList<>();
        for (UUID id : ids) {
            AnnotatorProfile profile;
            try {
                profile = profiles.ofMember(projectId, id);
            } catch (NotFoundException noLongerAMember) {
                profile = new AnnotatorProfile(null, null, null, null, List.of());
            }
            rows.add(new ExportContext.AnnotatorProfileRow(names.get(id), profile.ageBand(), profile.gender(),
                    profile.education(), profile.politicalPlacement(), profile.newsDiet()));
        }
        return rows;
    }

    /** What one label of the SQL's label array is. */
    private record LabelRef(String layer, String label, boolean exported, boolean hygiene) {
    }

    private static final class Tally {
        long documents;
        long spans;
        long answers;
        final Set<Integer> annotators = new HashSet<>();
        long goldDocuments;
        long goldSpans;
        long goldAnswers;

        ExportManifest.Counts counts() {
            return new ExportManifest.Counts(documents, annotators.size(), spans, answers);
        }
    }

    /** Everything settled before the first document: what is read, and how it is named. */
    private final class Plan {
        final UUID projectId;
        final String projectName;
        final ExportOptions options;
        final List<LayerSchema> layers;
        final LayerSchema hygieneLayer;
        final List<UUID> labelIds = new ArrayList<>();
        final List<LabelRef> labels = new ArrayList<>();
        final Map<String, String> attributeNames = new HashMap<>();
        final List<UUID> annotatorIds;
        final List<String> annotatorNames;
        final boolean goldSource;
        /** the document's gold goes beside the annotators' work (jsonl, hf, perspectivist) */
        final boolean goldBeside;
        final Set<CurationStatus> goldStatuses;
        /** where the project's curation stands; null when the export may not read gold */
        final GoldProvenance.Documents curation;
        /** how the gold read was made; null when the export reads none */
        final GoldProvenance.Provenance provenance;
        final ExportManifest.Gold gold;
        /** with gold as the source, the documents it chooses; otherwise null (the work chooses them) */
        final List<UUID> goldDocuments;
        final ExportContext context;

        Plan(UUID projectId, String projectName, ExportOptions options, List<LayerSchema> layers,
                LayerSchema hygieneLayer, boolean readsGold) {
            this.projectId = projectId;
            this.projectName = projectName;
            this.options = options;
            this.layers = layers;
            this.hygieneLayer = hygieneLayer;
            boolean cleaning = options.hygiene() != Hygiene.KEEP && hygieneLayer != null;
            for (LayerSchema layer : layers) {
                boolean isHygiene = cleaning && layer.id().equals(hygieneLayer.id());
                for (LabelSchema label : layer.labels()) {
                    if (isHygiene || options.labels().isEmpty() || options.labels().contains(label.name())) {
                        labelIds.add(label.id());
                        labels.add(new LabelRef(layer.name(), label.name(), !isHygiene, isHygiene));
                    }
                }
                layer.attributes().forEach(attribute -> attributeNames.put(attribute.id().toString(),
                        attribute.name()));
            }
            if (cleaning && !layers.contains(hygieneLayer)) {
                // the hygiene layer's spans are read to clean the text even when the layer itself is not exported
                hygieneLayer.labels().forEach(label -> {
                    labelIds.add(label.id());
                    labels.add(new LabelRef(hygieneLayer.name(), label.name(), false, true));
                });
            }
            List<UUID> ids = annotators(projectId, options);
            Map<UUID, String> usernames = reader.usernames(ids);
            Map<UUID, String> names = new HashMap<>();
            ids.forEach(id -> names.put(id, options.usernames() ? usernames.get(id) : pseudonym(projectId, id)));
            this.annotatorIds = ids.stream().sorted(Comparator.comparing(names::get)).toList();
            this.annotatorNames = annotatorIds.stream().map(names::get).toList();
            this.goldSource = options.source() == LabelSource.GOLD;
            this.goldBeside = readsGold && GOLD_BESIDE.contains(options.format())
                    && (!goldSource || options.format() == ExportFormat.PERSPECTIVIST);
            this.goldStatuses = options.gold() == GoldDocuments.ANY
                    ? Set.of(CurationStatus.CURATED, CurationStatus.IN_PROGRESS) : Set.of(CurationStatus.CURATED);
            // asked first: without documents of the chosen statuses there is no gold to read, nor to say how it was made
            this.curation = readsGold ? goldProvenance.documents(projectId) : null;
            boolean hasGold = curation != null && curation.curated() + (options.gold() == GoldDocuments.ANY
                    ? curation.inProgress() : 0) > 0;
            this.provenance = hasGold ? goldProvenance.of(projectId, goldStatuses, exportedLabelIds()) : null;
            this.gold = hasGold ? gold(projectId, options) : null;
            this.goldDocuments = !goldSource ? null : hasGold ? goldWork.documentIds(projectId, goldStatuses)
                    : List.of();
            List<LayerSchema> exportedLayers = layers.stream().filter(layer -> !cleaning
                    || !layer.id().equals(hygieneLayer.id())).toList();
            List<String> named = switch (options.source()) {
                case MAJORITY -> List.of(MajorityVote.NAME);
                case GOLD -> goldBeside ? annotatorNames : List.of(ExportedDocument.GOLD);
                case ANNOTATORS -> annotatorNames;
            };
            this.context = new ExportContext(projectId, projectName, options, exportedLayers, named,
                    profiles(projectId, options, annotatorIds, names),
                    options.format() == ExportFormat.HF ? reader.groupSizes(projectId) : Map.of(), gold);
        }

        private List<UUID> exportedLabelIds() {
            List<UUID> exported = new ArrayList<>();
            for (int i = 0; i < labels.size(); i++) {
                if (labels.get(i).exported) {
                    exported.add(labelIds.get(i));
                }
            }
            return exported;
        }

        /** How the gold read was made, its curators named as annotators are; what was exported comes later. */
        private ExportManifest.Gold gold(UUID projectId, ExportOptions options) {
            GoldProvenance.Origins origins = provenance.origins();
            return new ExportManifest.Gold(goldStatuses.stream().map(Enum::name).sorted().toList(),
                    provenance.rules(), new ExportManifest.Origins(origins.merged(), origins.mergedThenEdited(),
                            origins.accepted(), origins.curatorMade()),
                    provenance.curators().stream().map(curator -> options.usernames() ? curator.username()
                            : pseudonym(projectId, curator.id())).sorted().toList(),
                    curation(provenance.documents()), null);
        }
    }
}
