package org.slant.annotation.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.impl.XmiCasSerializer;
import org.apache.uima.resource.metadata.TypeDescription;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;

/**
 * CASes made with uimaj as INCEpTION makes them (its type names and features), written as XMI with their
 * TypeSystem.xml, for the XMI reader's tests and the API's round trip.
 */
public final class InceptionXmiFixture {

    public static final String FRAMING = "webanno.custom.Framing";
    public static final String QUOTE = "webanno.custom.Quote";
    public static final String STANCE = "webanno.custom.Stance";
    public static final String LINK = "webanno.custom.FramingLink";
    public static final String TOKEN = "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token";

    private final TypeSystemDescription types;
    private final CAS cas;

    /** An INCEpTION-like type system: a custom span layer with a label and two other features, and more. */
    public InceptionXmiFixture(String text) {
        this(text, true);
    }

    public InceptionXmiFixture(String text, boolean withStance) {
        types = UIMAFramework.getResourceSpecifierFactory().createTypeSystemDescription();
        TypeDescription framing = types.addType(FRAMING, "", CAS.TYPE_NAME_ANNOTATION);
        framing.addFeature("value", "", CAS.TYPE_NAME_STRING);
        framing.addFeature("note", "", CAS.TYPE_NAME_STRING);
        framing.addFeature("strength", "", CAS.TYPE_NAME_INTEGER);
        framing.addFeature("explicit", "", CAS.TYPE_NAME_BOOLEAN);
        types.addType(QUOTE, "", CAS.TYPE_NAME_ANNOTATION);
        types.addType(InceptionXmiFormat.NAMED_ENTITY, "", CAS.TYPE_NAME_ANNOTATION)
                .addFeature("value", "", CAS.TYPE_NAME_STRING);
        types.addType(TOKEN, "", CAS.TYPE_NAME_ANNOTATION);
        TypeDescription link = types.addType(LINK, "", CAS.TYPE_NAME_ANNOTATION);
        link.addFeature("Governor", "", FRAMING);
        link.addFeature("Dependent", "", FRAMING);
        link.addFeature("label", "", CAS.TYPE_NAME_STRING);
        if (withStance) {
            types.addType(STANCE, "", CAS.TYPE_NAME_ANNOTATION_BASE).addFeature("label", "", CAS.TYPE_NAME_STRING);
        }
        try {
            cas = CasCreationUtils.createCas(types, null, null);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        cas.setDocumentText(text);
    }

    /** Adds an annotation of {@code type} over UTF-16 offsets, with string, int and boolean features by name. */
    public FeatureStructure annotate(String type, int begin, int end, Map<String, Object> features) {
        Type t = cas.getTypeSystem().getType(type);
        FeatureStructure annotation = cas.createAnnotation(t, begin, end);
        set(annotation, features);
        cas.addFsToIndexes(annotation);
        return annotation;
    }

    /** Adds an annotation over the first occurrence of {@code covered} in the text. */
    public FeatureStructure annotate(String type, String covered, Map<String, Object> features) {
        int begin = cas.getDocumentText().indexOf(covered);
        if (begin < 0) {
            throw new IllegalArgumentException(covered + " is not in the text");
        }
        return annotate(type, begin, begin + covered.length(), features);
    }

    /** A document-level annotation (INCEpTION's document metadata layers). */
    public void document(String type, Map<String, Object> features) {
        FeatureStructure structure = cas.createFS(cas.getTypeSystem().getType(type));
        set(structure, features);
        cas.addFsToIndexes(structure);
    }

    public FeatureStructure link(FeatureStructure governor, FeatureStructure dependent) {
        FeatureStructure link = annotate(LINK, governor.getIntValue(cas.getTypeSystem()
                .getFeatureByFullName(CAS.FEATURE_FULL_NAME_BEGIN)), dependent.getIntValue(cas.getTypeSystem()
                .getFeatureByFullName(CAS.FEATURE_FULL_NAME_END)), Map.of("label", "supports"));
        Type type = link.getType();
        link.setFeatureValue(type.getFeatureByBaseName("Governor"), governor);
        link.setFeatureValue(type.getFeatureByBaseName("Dependent"), dependent);
        return link;
    }

    private void set(FeatureStructure structure, Map<String, Object> features) {
        features.forEach((name, value) -> {
            var feature = structure.getType().getFeatureByBaseName(name);
            switch (value) {
                case Integer number -> structure.setIntValue(feature, number);
                case Boolean flag -> structure.setBooleanValue(feature, flag);
                default -> structure.setStringValue(feature, (String) value);
            }
        });
    }

    public byte[] xmi() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XmiCasSerializer.serialize(cas, out);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    public byte[] typeSystem() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            types.toXML(out);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    /** The zip INCEpTION's project export holds per user: {@code <user>.xmi} and {@code TypeSystem.xml}. */
    public byte[] userZip(String user) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put(user + ".xmi", xmi());
        entries.put("TypeSystem.xml", typeSystem());
        return zip(entries);
    }

    public static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }
}
