package org.zwlint.core.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.eclipse.jdt.annotation.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The preprocessor settings of a Visual Studio driver project ({@code .vcxproj}), for a front end
 * that offers to import them into a {@code .zwlint}: the {@code PreprocessorDefinitions} and
 * {@code AdditionalIncludeDirectories} of the compiler, for one configuration (Release|x64 when
 * the project has it, else the first x64 one, else the first). MSBuild properties such as
 * {@code $(IntDir)} and the inherited {@code %(...)} lists cannot be resolved without MSBuild;
 * entries that use them are left out and counted.
 *
 * @param configuration the configuration read, e.g. "Release|x64" ("" when the settings are unconditional)
 * @param defines as {@code define} values ({@code NAME} or {@code NAME=VALUE}), in file order, once each
 * @param includeDirs as the project wrote them, with '/' for '\', once each
 * @param leftOut entries left out because they name MSBuild properties
 */
public record VcxprojSettings(String configuration, List<String> defines, List<String> includeDirs, int leftOut) {
    public VcxprojSettings {
        defines = List.copyOf(defines);
        includeDirs = List.copyOf(includeDirs);
    }

    /** @throws IOException when the file cannot be read or is not MSBuild XML */
    public static VcxprojSettings read(Path vcxproj) throws IOException {
        Document document;
        try (InputStream in = Files.newInputStream(vcxproj)) {
            document = builder().parse(in);
        } catch (SAXException | ParserConfigurationException e) {
            throw new IOException(vcxproj + " is not a project file ZwLint can read: " + e.getMessage(), e);
        }
        List<Element> groups = new ArrayList<>();
        NodeList found = document.getElementsByTagNameNS("*", "ItemDefinitionGroup");
        for (int i = 0; i < found.getLength(); i++) {
            groups.add((Element) found.item(i));
        }
        Optional<Element> chosen = choose(groups);
        Set<String> defines = new LinkedHashSet<>();
        Set<String> includes = new LinkedHashSet<>();
        int[] leftOut = {0};
        for (Element group : groups) {
            // The unconditional groups apply to every configuration; of the others, the chosen one.
            if (!group.getAttribute("Condition").isBlank() && (chosen.isEmpty() || group != chosen.get())) {
                continue;
            }
            for (Element compile : children(group, "ClCompile")) {
                for (Element list : children(compile, "PreprocessorDefinitions")) {
                    split(list.getTextContent(), leftOut).forEach(defines::add);
                }
                for (Element list : children(compile, "AdditionalIncludeDirectories")) {
                    split(list.getTextContent(), leftOut).forEach(d -> includes.add(d.replace('\\', '/')));
                }
            }
        }
        return new VcxprojSettings(chosen.map(VcxprojSettings::configurationOf).orElse(""), List.copyOf(defines),
                List.copyOf(includes), leftOut[0]);
    }

    private static Optional<Element> choose(List<Element> groups) {
        List<Element> conditional = groups.stream().filter(g -> !g.getAttribute("Condition").isBlank()).toList();
        for (String wanted : List.of("release|x64", "|x64")) {
            for (Element group : conditional) {
                if (configurationOf(group).toLowerCase(Locale.ROOT).contains(wanted)) {
                    return Optional.of(group);
                }
            }
        }
        return conditional.stream().findFirst();
    }

    /** "Release|x64" from a condition such as {@code '$(Configuration)|$(Platform)'=='Release|x64'}. */
    private static String configurationOf(Element group) {
        String condition = group.getAttribute("Condition");
        int equals = condition.indexOf("==");
        String value = equals < 0 ? condition : condition.substring(equals + 2);
        return value.replace("'", "").strip();
    }

    private static List<String> split(String list, int[] leftOut) {
        List<String> entries = new ArrayList<>();
        for (String entry : list.split(";")) {
            String value = entry.strip();
            if (value.isEmpty()) {
                continue;
            }
            if (value.contains("$(") || value.contains("%(")) {
                if (!value.startsWith("%(")) {
                    leftOut[0]++; // the inherited list is no entry of this project's own
                }
                continue;
            }
            entries.add(value);
        }
        return entries;
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> children = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && localName.equals(element.getLocalName())) {
                children.add(element);
            }
        }
        return children;
    }

    private static DocumentBuilder builder() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        // A project file from a repository is input: no DTDs, no external entities.
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setExpandEntityReferences(false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(new ErrorHandler() { // the exception says it all: nothing printed to stderr
            @Override
            public void warning(@Nullable SAXParseException e) {
                // a warning does not stop the import
            }

            @Override
            public void error(@Nullable SAXParseException e) throws SAXException {
                throw e != null ? e : new SAXException("not well-formed");
            }

            @Override
            public void fatalError(@Nullable SAXParseException e) throws SAXException {
                throw e != null ? e : new SAXException("not well-formed");
            }
        });
        return builder;
    }
}
