package org.zwlint.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.io.StringReader;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ModelDataTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode resource(String name) throws Exception {
        try (InputStream in = ModelDataTest.class.getResourceAsStream(name)) {
            return JSON.readTree(in);
        }
    }

    private static JsonSchema schema() throws Exception {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(resource(ServiceModel.SCHEMA_RESOURCE));
    }

    @Test
    void everyServiceEntryMatchesTheSchema() throws Exception {
        JsonSchema schema = schema();
        JsonNode data = resource(ServiceModel.RESOURCE);
        Set<ValidationMessage> whole = schema.validate(data);
        assertTrue(whole.isEmpty(), whole.toString());
        // Entry by entry, so that a failure names the service.
        JsonNode services = data.get("services");
        assertTrue(services.size() >= 100, "about a hundred services expected, got " + services.size());
        for (JsonNode service : services) {
            ObjectNode single = data.deepCopy();
            single.putArray("services").add(service);
            Set<ValidationMessage> errors = schema.validate(single);
            assertTrue(errors.isEmpty(), service.get("nt") + ": " + errors);
        }
    }

    @Test
    void schemaRejectsAPointerWithoutAProbe() throws Exception {
        ObjectNode data = (ObjectNode) resource(ServiceModel.RESOURCE);
        ObjectNode firstParam = (ObjectNode) data.get("services").get(0).get("params").get(0);
        assertEquals("out-pointer", firstParam.get("role").asText());
        firstParam.remove("probe");
        assertFalse(schema().validate(data).isEmpty());
    }

    @Test
    void loadsEveryServiceWithItsParameters() {
        ServiceModel model = ServiceModel.bundled();
        assertEquals(1, model.schemaVersion());
        assertEquals(0x7FFF0000L, model.mmUserProbeAddress(Arch.X86));
        assertEquals(0x7FFFFFFF0000L, model.mmUserProbeAddress(Arch.X64));
        ServiceSpec create = model.find("ZwCreateFile").orElseThrow();
        assertEquals("NtCreateFile", create.ntName());
        assertEquals("wdm.h", create.header());
        assertEquals(11, create.parameterCount());
        assertEquals(List.of("FileHandle", "DesiredAccess", "ObjectAttributes", "IoStatusBlock", "AllocationSize",
                "FileAttributes", "ShareAccess", "CreateDisposition", "CreateOptions", "EaBuffer", "EaLength"),
                create.parameters().stream().map(Parameter::name).toList());
        PointerParameter oa = (PointerParameter) create.parameter("ObjectAttributes").orElseThrow();
        assertEquals(Direction.IN, oa.direction());
        assertEquals(Capture.OBJECT_ATTRIBUTES, oa.capture().orElseThrow());
        PointerParameter ea = (PointerParameter) create.parameter("EaBuffer").orElseThrow();
        assertEquals("EaLength", ea.lengthParameter().orElseThrow());
        HandleParameter read = (HandleParameter) model.find("NtReadFile").orElseThrow().parameters().get(0);
        assertEquals(ObjectType.FILE, read.objectType());
        assertEquals("FILE_READ_DATA", read.access().orElseThrow());
    }

    @Test
    void classifiesServicesForTheRules() {
        ServiceModel model = ServiceModel.bundled();
        ServiceSpec openKey = model.find("ZwOpenKey").orElseThrow();
        assertTrue(openKey.opensByName());
        assertTrue(openKey.returnsHandle());
        assertEquals(List.of("KeyHandle", "ObjectAttributes"),
                openKey.pointerParameters().stream().map(Parameter::name).toList());
        ServiceSpec read = model.find("NtReadFile").orElseThrow();
        assertFalse(read.opensByName());
        assertFalse(read.returnsHandle());
        assertEquals(List.of("FileHandle", "Event"), read.handleParameters().stream().map(Parameter::name).toList());
        assertEquals(114, model.services().size());
        assertEquals(30, model.services().stream().filter(ServiceSpec::opensByName).count());
    }

    @Test
    void saysWhetherADocumentedZwRoutineExists() {
        ServiceModel model = ServiceModel.bundled();
        assertEquals("ZwClose", model.find("NtClose").orElseThrow().documentedZwName().orElseThrow());
        // Documented for drivers only under its Nt name.
        assertTrue(model.find("NtOpenProcessToken").orElseThrow().documentedZwName().isEmpty());
        assertTrue(model.services().stream().filter(ServiceSpec::zwDocumented).count() >= 100);
    }

    @Test
    void loaderRejectsMismatchedNamesAndUnknownVersions() {
        String badNames = """
                {"schemaVersion": 1, "mmUserProbeAddress": {"x86": "0x7FFF0000", "x64": "0x7FFFFFFF0000"},
                 "types": {}, "services": [{"nt": "NtClose", "zw": "ZwOpen", "zwDocumented": true,
                 "header": "wdm.h", "params": []}]}""";
        assertThrows(ModelFormatException.class, () -> ModelLoader.parse(new StringReader(badNames)));
        String badVersion = badNames.replace("\"schemaVersion\": 1", "\"schemaVersion\": 2");
        ModelFormatException e = assertThrows(ModelFormatException.class,
                () -> ModelLoader.parse(new StringReader(badVersion)));
        assertTrue(e.getMessage().contains("schemaVersion 2"), e.getMessage());
    }
}
