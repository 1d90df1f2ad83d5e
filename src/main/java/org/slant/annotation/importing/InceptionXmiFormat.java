package org.slant.annotation.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntUnaryOperator;
import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.FSIterator;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.TypeSystem;
import org.apache.uima.cas.impl.XmiCasDeserializer;
import org.apache.uima.cas.impl.XmiSerializationSharedData;
import org.apache.uima.jcas.cas.TOP;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.apache.uima.util.InvalidXMLException;
import org.apache.uima.util.XMLInputSource;
import org.slant.corpus.importing.ImportLimits;
import org.slant.platform.Message;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * INCEpTION's UIMA CAS XMI (docs/import.md#inception-uima-cas-xmi-formatxmi), read with uimaj's own XMI
 * deserializer against the type system exported beside it (docs/decisions/0024-inception-imports.md). The document's
 * text is the CAS's sofa, exactly. Spans of INCEpTION's custom span layers ({@code webanno.custom.<Layer>}) and named
 * entities become spans of the layer {@code <Layer>} ({@code NamedEntity}), labelled by the layer's label feature;
 * custom document metadata layers become answers. Tokens, sentences, DKPro's other layers, relations and chains are
 * passed over.
 */
@Component
public class InceptionXmiFormat implements AnnotatedFormat {

    static final String NAMED_ENTITY = "de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity";
    /** The features that name a label, in order of preference; else the layer's first string feature. */
    static final List<String> LABEL_FEATURES = List.of("value", "label");

    private final long nestedLimit;
    private final String nestedLimitText;

    @Autowired
    public InceptionXmiFormat(ImportLimits limits) {
        this.nestedLimit = limits.maxUpload().toBytes();
        this.nestedLimitText = ImportLimits.describe(limits.maxUpload()) + " (slant.import.max-upload)";
    }

    public InceptionXmiFormat() {
        this(ImportLimits.defaults());
    }

    @Override
    public String name() {
        return "xmi";
    }

    @Override
    public String description() {
        return "UIMA CAS XMI with its TypeSystem.xml, as INCEpTION exports it (a project export's zip, or .xmi files): "
                + "custom span layers and named entities as spans, annotators by their file names";
    }

    @Override
    public boolean namesAnnotators() {
        return true;
    }

    @Override
    public List<AnnotatedDocument> read(List<UploadedFile> upload, ImportProblems problems) {
        List<UploadedFile> files = InceptionXmiLayout.unpackNested(upload, new UploadedFiles(nestedLimit,
                nestedLimitText), problems);
        boolean export = InceptionXmiLayout.isProjectExport(files);
        List<UploadedFile> typeSystems = new ArrayList<>();
        List<UploadedFile> xmis = new ArrayList<>();
        for (UploadedFile file : files) {
            boolean relevant = !export || InceptionXmiLayout.role(file).inExport();
            if (file.nameEndsWith(".xmi")) {
                if (relevant) {
                    xmis.add(file);
                }
            } else if (file.nameEndsWith(".xml")) {
                if (relevant) {
                    typeSystems.add(file);
                }
            } else if (!export) {
                problems.add(file.place(), Message.of("annotation.problem.xmi.neither"));
            }
        }
        if (xmis.isEmpty() && problems.isEmpty()) {
            problems.add("upload", Message.of("annotation.problem.xmi.no-xmi"));
        }
        // by content: INCEpTION zips the same TypeSystem.xml with every user's XMI, and making a CAS is the slow part
        Map<java.nio.ByteBuffer, java.util.Optional<CAS>> cases = new HashMap<>();
        List<InceptionXmiLayout.Read> reads = new ArrayList<>();
        for (UploadedFile xmi : xmis) {
            if (problems.full()) {
                break;
            }
            UploadedFile typeSystem = typeSystemFor(xmi, typeSystems, problems);
            if (typeSystem == null) {
                continue;
            }
            CAS cas = cases.computeIfAbsent(java.nio.ByteBuffer.wrap(typeSystem.bytes()),
                    bytes -> java.util.Optional.ofNullable(cas(typeSystem, problems))).orElse(null);
            if (cas != null) {
                InceptionXmiLayout.Read read = read(xmi, typeSystem, cas, problems);
                if (read != null) {
                    reads.add(read);
                }
            }
        }
        if (!problems.isEmpty()) {
            return List.of();
        }
        List<AnnotatedDocument> documents = InceptionXmiLayout.documents(reads, InceptionXmiLayout.states(files),
                problems);
        return problems.isEmpty() ? documents : List.of();
    }

    /** The type system beside the XMI (INCEpTION zips them together), else the upload's only one. */
    private static UploadedFile typeSystemFor(UploadedFile xmi, List<UploadedFile> typeSystems,
            ImportProblems problems) {
        String folder = InceptionXmiLayout.folder(xmi.path());
        List<UploadedFile> beside = typeSystems.stream()
                .filter(file -> InceptionXmiLayout.folder(file.path()).equals(folder)).toList();
        List<UploadedFile> candidates = beside.isEmpty() ? typeSystems : beside;
        if (candidates.size() == 1) {
            return candidates.getFirst();
        }
        List<UploadedFile> named = candidates.stream()
                .filter(file -> file.name().toLowerCase(Locale.ROOT).equals("typesystem.xml")).toList();
        if (named.size() == 1) {
            return named.getFirst();
        }
        problems.add(xmi.place(), candidates.isEmpty() ? Message.of("annotation.problem.xmi.no-type-system")
                : Message.of("annotation.problem.xmi.several-type-systems", String.valueOf(candidates.size())));
        return null;
    }

    /** An empty CAS of the type system, reused (reset) for each XMI that has it. */
    private static CAS cas(UploadedFile file, ImportProblems problems) {
        if (hasDoctype(file.bytes())) {
            problems.add(file.place(), Message.of("annotation.problem.xmi.type-system-doctype"));
            return null;
        }
        try {
            TypeSystemDescription description = UIMAFramework.getXMLParser()
                    .parseTypeSystemDescription(new XMLInputSource(new ByteArrayInputStream(file.bytes()), null));
            if (description.getImports() != null && description.getImports().length > 0) {
                // an import names another file or a URL: Slant reads only what was uploaded
                problems.add(file.place(), Message.of("annotation.problem.xmi.imports"));
                return null;
            }
            return CasCreationUtils.createCas(description, null, null);
        } catch (InvalidXMLException e) {
            problems.add(file.place(), Message.of("annotation.problem.xmi.not-a-type-system", message(e)));
        } catch (ResourceInitializationException e) {
            problems.add(file.place(), Message.of("annotation.problem.xmi.type-system-refused", message(e)));
        }
        return null;
    }

    private static InceptionXmiLayout.Read read(UploadedFile xmi, UploadedFile typeSystem, CAS cas,
            ImportProblems problems) {
        if (hasDoctype(xmi.bytes())) {
            problems.add(xmi.place(), Message.of("annotation.problem.xmi.doctype"));
            return null;
        }
        cas.reset();
        XmiSerializationSharedData ids = new XmiSerializationSharedData();
        try {
            // not lenient: a type or feature the type system lacks is a mismatch to report, not data to drop
            XmiCasDeserializer.deserialize(new ByteArrayInputStream(xmi.bytes()), cas, false, ids);
        } catch (SAXParseException e) {
            problems.add(Message.of("annotation.place.line-column", xmi.place(), String.valueOf(e.getLineNumber()),
                    String.valueOf(e.getColumnNumber())), xmiProblem(e, typeSystem));
            return null;
        } catch (SAXException | RuntimeException e) {
            problems.add(xmi.place(), xmiProblem(e, typeSystem));
            return null;
        } catch (IOException e) {
            problems.add(xmi.place(), Message.of("annotation.problem.xmi.unreadable", String.valueOf(e.getMessage())));
            return null;
        }
        CAS view;
        try {
            view = cas.getView(CAS.NAME_DEFAULT_SOFA);
        } catch (RuntimeException e) {
            problems.add(xmi.place(), Message.of("annotation.problem.xmi.no-document"));
            return null;
        }
        String text = view.getDocumentText();
        if (text == null) {
            problems.add(xmi.place(), Message.of("annotation.problem.xmi.no-text"));
            return null;
        }
        return new Reading(xmi, view, text, ids, problems).read();
    }

    private static Message xmiProblem(Exception e, UploadedFile typeSystem) {
        String message = message(e);
        String lower = message.toLowerCase(Locale.ROOT);
        if (lower.contains("unknown type") || lower.contains("unknown feature") || lower.contains("feature")
                && lower.contains("not") && lower.contains("found")) {
            return Message.of("annotation.problem.xmi.mismatch", typeSystem.place(), message);
        }
        return Message.of("annotation.problem.xmi.not-xmi", message);
    }

    private static String message(Throwable e) {
        String message = e.getMessage();
        for (Throwable cause = e.getCause(); (message == null || message.isBlank()) && cause != null;
                cause = cause.getCause()) {
            message = cause.getMessage();
        }
        return message == null ? e.getClass().getSimpleName() : message.strip();
    }

    private static boolean hasDoctype(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.UTF_8);
        return head.toUpperCase(Locale.ROOT).contains("<!DOCTYPE");
    }

    /** One CAS's spans and answers. */
    private static final class Reading {

        private final UploadedFile file;
        private final CAS view;
        private final String text;
        private final XmiSerializationSharedData ids;
        private final ImportProblems problems;
        private final TypeSystem types;
        private final Type annotation;
        private final Type annotationBase;
        private final Type string;
        private final IntUnaryOperator codePoints;

        Reading(UploadedFile file, CAS view, String text, XmiSerializationSharedData ids, ImportProblems problems) {
            this.file = file;
            this.view = view;
            this.text = text;
            this.ids = ids;
            this.problems = problems;
            this.types = view.getTypeSystem();
            this.annotation = types.getType(CAS.TYPE_NAME_ANNOTATION);
            this.annotationBase = types.getType(CAS.TYPE_NAME_ANNOTATION_BASE);
            this.string = types.getType(CAS.TYPE_NAME_STRING);
            this.codePoints = InceptionXmiLayout.codePoints(text);
        }

        InceptionXmiLayout.Read read() {
            List<FeatureStructure> structures = new ArrayList<>();
            FSIterator<FeatureStructure> all = view.getIndexRepository().getAllIndexedFS(types.getTopType());
            all.forEachRemaining(structures::add);
            List<ImportedSpan> spans = new ArrayList<>();
            List<ImportedAnswer> answers = new ArrayList<>();
            Map<Type, Layer> layers = new HashMap<>();
            for (FeatureStructure structure : structures) {
                Layer layer = layers.computeIfAbsent(structure.getType(), this::layer);
                if (layer == null) {
                    continue;
                }
                if (layer.span()) {
                    span(structure, layer, spans);
                } else {
                    answer(structure, layer, answers);
                }
            }
            spans.sort(Comparator.comparingInt(ImportedSpan::start).thenComparingInt(ImportedSpan::end)
                    .thenComparing(ImportedSpan::layer).thenComparing(ImportedSpan::label));
            return new InceptionXmiLayout.Read(file, InceptionXmiLayout.role(file), text, spans, answers);
        }

        /**
         * What a type is to Slant: a span layer (a custom annotation type, or a named entity), a document layer (a
         * custom type on the document as a whole), or nothing ({@code null}).
         */
        private Layer layer(Type type) {
            String name = type.getName();
            boolean custom = name.startsWith("webanno.custom.") || name.startsWith("custom.");
            boolean namedEntity = isOrExtends(type, NAMED_ENTITY);
            if (!custom && !namedEntity) {
                return null;
            }
            boolean span = types.subsumes(annotation, type);
            if (!span && !types.subsumes(annotationBase, type)) {
                return null;
            }
            List<Feature> features = new ArrayList<>();
            for (Feature feature : type.getFeatures()) {
                String featureName = feature.getShortName();
                if (featureName.equals("sofa") || featureName.equals("begin") || featureName.equals("end")) {
                    continue;
                }
                // relations (Governor, Dependent) and chains (next, first) point at other annotations: not spans
                if (List.of("Governor", "Dependent", "next", "first").contains(featureName)
                        && !feature.getRange().isPrimitive()) {
                    return null;
                }
                if (feature.getRange().isPrimitive()) {
                    features.add(feature);
                }
            }
            Feature label = null;
            for (String preferred : LABEL_FEATURES) {
                label = features.stream().filter(feature -> feature.getShortName().equals(preferred)
                        && types.subsumes(string, feature.getRange())).findFirst().orElse(label);
                if (label != null) {
                    break;
                }
            }
            if (label == null) {
                label = features.stream().filter(feature -> types.subsumes(string, feature.getRange())).findFirst()
                        .orElse(null);
            }
            Feature chosen = label;
            return new Layer(type, type.getShortName(), span, chosen,
                    features.stream().filter(feature -> feature != chosen).toList());
        }

        private boolean isOrExtends(Type type, String name) {
            Type other = types.getType(name);
            return other != null && types.subsumes(other, type);
        }

        private void span(FeatureStructure structure, Layer layer, List<ImportedSpan> spans) {
            String id = id(structure);
            Message where = Message.of("annotation.place.xmi-id", file.place(), layer.type().getName(), id);
            Place place = placeOf(where, layer);
            Feature beginFeature = annotation.getFeatureByBaseName("begin");
            Feature endFeature = annotation.getFeatureByBaseName("end");
            int begin = structure.getIntValue(beginFeature);
            int end = structure.getIntValue(endFeature);
            if (begin < 0 || end < begin || end > text.length()) {
                problems.add(Message.of("annotation.place.begin-end", where),
                        Message.of("annotation.problem.xmi.outside", String.valueOf(begin), String.valueOf(end),
                        String.valueOf(text.length())));
                return;
            }
            if (InceptionXmiLayout.splitsCharacter(text, begin) || InceptionXmiLayout.splitsCharacter(text, end)) {
                problems.add(featureOf(where, InceptionXmiLayout.splitsCharacter(text, begin) ? "begin" : "end"),
                        Message.of("annotation.problem.xmi.splits", String.valueOf(begin), String.valueOf(end)));
                return;
            }
            String label = label(structure, layer, where);
            if (label == null) {
                return;
            }
            spans.add(new ImportedSpan(place, layer.name(), label, codePoints.applyAsInt(begin),
                    codePoints.applyAsInt(end), text.substring(begin, end), attributes(structure, layer)));
        }

        private void answer(FeatureStructure structure, Layer layer, List<ImportedAnswer> answers) {
            Message where = Message.of("annotation.place.xmi-id", file.place(), layer.type().getName(),
                    id(structure));
            String label = label(structure, layer, where);
            if (label != null) {
                answers.add(new ImportedAnswer(placeOf(where, layer), layer.name(), label,
                        attributes(structure, layer)));
            }
        }

        /** The label feature's value; a layer without string features is its own label (INCEpTION allows both). */
        private String label(FeatureStructure structure, Layer layer, Message where) {
            if (layer.label() == null) {
                return layer.name();
            }
            String value = structure.getStringValue(layer.label());
            if (value == null || value.isEmpty()) {
                problems.add(featureOf(where, layer.label().getShortName()),
                        Message.of("annotation.problem.xmi.no-label", layer.label().getShortName()));
                return null;
            }
            return value;
        }

        private Map<String, Object> attributes(FeatureStructure structure, Layer layer) {
            Map<String, Object> attributes = new LinkedHashMap<>();
            for (Feature feature : layer.attributes()) {
                Object value = switch (feature.getRange().getName()) {
                    case CAS.TYPE_NAME_BOOLEAN -> structure.getBooleanValue(feature);
                    case CAS.TYPE_NAME_INTEGER -> structure.getIntValue(feature);
                    case CAS.TYPE_NAME_LONG -> structure.getLongValue(feature);
                    case CAS.TYPE_NAME_SHORT -> (int) structure.getShortValue(feature);
                    case CAS.TYPE_NAME_BYTE -> (int) structure.getByteValue(feature);
                    case CAS.TYPE_NAME_FLOAT -> (double) structure.getFloatValue(feature);
                    case CAS.TYPE_NAME_DOUBLE -> structure.getDoubleValue(feature);
                    default -> structure.getStringValue(feature);
                };
                if (value != null) {
                    attributes.put(feature.getShortName(), value);
                }
            }
            return attributes;
        }

        private String id(FeatureStructure structure) {
            String id = structure instanceof TOP top ? ids.getXmiId(top) : null;
            return id == null ? "?" : id;
        }

        private Place placeOf(Message where, Layer layer) {
            Message type = Message.of("annotation.place.type", where, layer.type().getName());
            return field -> switch (field) {
                case "" -> where;
                case "start" -> featureOf(where, "begin");
                case "end" -> featureOf(where, "end");
                case "text" -> Message.of("annotation.place.covered-text", where);
                case "layer" -> type;
                case "label" -> layer.label() == null ? type : featureOf(where, layer.label().getShortName());
                default -> field.startsWith("attributes.")
                        ? featureOf(where, field.substring("attributes.".length()))
                        : where;
            };
        }

        /** {@code "<where>, feature '<name>'"}. */
        private static Message featureOf(Message where, String name) {
            return Message.of("annotation.place.feature", where, name);
        }
    }

    /** A type read as a layer: its label feature ({@code null}: the layer is its label) and its other features. */
    private record Layer(Type type, String name, boolean span, Feature label, List<Feature> attributes) {
    }
}
