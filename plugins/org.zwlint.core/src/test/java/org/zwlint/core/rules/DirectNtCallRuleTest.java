package org.zwlint.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.zwlint.core.AnalysisResult;
import org.zwlint.core.Analyzer;
import org.zwlint.core.DispatcherVerdict;
import org.zwlint.core.Finding;
import org.zwlint.core.config.ZwLintConfig;
import org.zwlint.core.dispatcher.Replayer;
import org.zwlint.core.model.Arch;
import org.zwlint.core.model.ModelLoader;
import org.zwlint.core.model.ServiceModel;
import org.zwlint.core.parse.FrontEnd;
import org.zwlint.core.parse.ParsedUnit;
import org.zwlint.core.source.SourceEditor;
import org.zwlint.core.source.SourceFile;

/** PM001's fix comes from the reference model, and its witness from the simulated dispatcher. */
class DirectNtCallRuleTest {
    private final Analyzer analyzer = new Analyzer();

    private List<Finding> pm001(String source) {
        AnalysisResult result = analyzer.analyze(SourceFile.of(Path.of("drv.c"), source), ZwLintConfig.defaults());
        return result.findings().stream().filter(f -> f.ruleId().equals(DirectNtCallRule.ID)).toList();
    }

    @Test
    void aDocumentedZwRoutineGetsTheFixAndTheReplayAsWitness() {
        String source = "NTSTATUS Close(HANDLE h)\n{\n    return NtClose(h);\n}\n";
        Finding finding = pm001(source).get(0);
        assertEquals("Replace NtClose with ZwClose", finding.fixes().get(0).label());
        byte[] fixed = SourceEditor.apply(SourceFile.of(Path.of("drv.c"), source), finding.fixes().get(0).edits());
        assertEquals(source.replace("NtClose", "ZwClose"), new String(fixed, java.nio.charset.StandardCharsets.UTF_8));
        DispatcherVerdict verdict = finding.witness().verdict().orElseThrow();
        assertEquals("STATUS_INVALID_HANDLE", verdict.statusName());
        assertEquals(3, finding.witness().path().get(0).range().startLine());
        assertTrue(finding.witness().path().get(0).message().contains("STATUS_INVALID_HANDLE"));
    }

    @Test
    void noFixNamesAZwRoutineTheModelDoesNotDocument() {
        List<Finding> findings = pm001("NTSTATUS Open(PHANDLE t)\n{\n    return NtOpenProcessToken(NtCurrentProcess(), "
                + "TOKEN_QUERY, t);\n}\n");
        assertEquals(1, findings.size());
        assertEquals(List.of(), repairs(findings.get(0)));
        assertTrue(findings.get(0).message().contains("no Zw routine is documented"), findings.get(0).message());
    }

    @Test
    void aServiceOutsideTheModelIsReportedWithoutFixOrVerdict() {
        List<Finding> findings = pm001("VOID F(PVOID b)\n{\n    NtQuerySystemInformation(5, b, 16, NULL);\n}\n");
        assertEquals(1, findings.size());
        assertEquals(List.of(), repairs(findings.get(0)));
        assertTrue(findings.get(0).witness().verdict().isEmpty());
        assertTrue(findings.get(0).message().contains("no Zw routine is documented"), findings.get(0).message());
    }

    @Test
    void anNtNameThatIsNoSystemServiceIsNotReported() {
        assertEquals(List.of(), pm001("VOID F(VOID)\n{\n    NtSomethingUndocumented(0);\n}\n"));
    }

    @Test
    void theProjectsOwnNtFunctionsAreNotServicesButImportedPrototypesAre() {
        assertEquals(List.of(), pm001("NTSTATUS NtQueryTimer(ULONG x);\nVOID F(VOID)\n{\n    NtQueryTimer(0);\n}\n"));
        assertEquals(1, pm001("NTSYSCALLAPI NTSTATUS NTAPI NtQueryTimer(ULONG x);\nVOID F(VOID)\n{\n"
                + "    NtQueryTimer(0);\n}\n").size());
        assertEquals(List.of(), pm001("NTSTATUS NtClose(HANDLE h) { return 0; }\nVOID F(HANDLE h)\n{\n"
                + "    NtClose(h);\n}\n"));
    }

    @Test
    void theKernelsServiceListIsComplete() {
        org.zwlint.core.model.SystemServices services = org.zwlint.core.model.SystemServices.bundled();
        assertTrue(services.size() > 450, "only " + services.size() + " services");
        for (String name : List.of("NtCreateFile", "NtQuerySystemInformation", "NtAlpcSendWaitReceivePort",
                "NtCreateUserProcess", "NtQueryInformationProcess", "NtWriteVirtualMemory")) {
            assertTrue(services.isService(name), name);
        }
        assertTrue(!services.isService("NtSomethingUndocumented"));
    }

    @Test
    void theRuleUsesTheModelAndReplayerTheEngineHandsIn() throws java.io.IOException {
        // The engine's model, edited: ZwClose no longer documented. A rule that loaded its own would still offer it.
        String json;
        try (var in = ServiceModel.class.getResourceAsStream(ServiceModel.RESOURCE)) {
            json = new String(java.util.Objects.requireNonNull(in).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
        }
        String closed = "{\"nt\": \"NtClose\", \"zw\": \"ZwClose\", \"zwDocumented\": ";
        assertTrue(json.contains(closed + "true"));
        ServiceModel model = ModelLoader.parse(new java.io.StringReader(json.replace(closed + "true", closed + "false")));
        SourceFile file = SourceFile.of(Path.of("drv.c"), "NTSTATUS Close(HANDLE h)\n{\n    return NtClose(h);\n}\n");
        ParsedUnit unit = new FrontEnd(ZwLintConfig.defaults()).parse(file);
        var analysis = new org.zwlint.core.analysis.UnitAnalysis(
                org.zwlint.core.analysis.CodeMode.forced(org.zwlint.core.analysis.CodeMode.Kind.KERNEL),
                org.zwlint.core.semantics.SemanticModel.build(unit.ast(),
                        org.zwlint.core.semantics.WdkDeclarations.empty()),
                List.of(), List.of(), List.of());
        RuleInput input = new RuleInput(file, unit.ast(), RuleCatalog.load(), model, new Replayer(model, Arch.X64),
                analysis);
        Finding finding = new DirectNtCallRule().check(input).get(0);
        assertEquals(List.of(), repairs(finding));
        assertTrue(finding.message().contains("no Zw routine is documented"), finding.message());
        assertEquals("STATUS_INVALID_HANDLE", finding.witness().verdict().orElseThrow().statusName());
    }

    /** The fixes that change code; every finding also offers the shared suppression. */
    private static List<org.zwlint.core.Fix> repairs(Finding finding) {
        return finding.fixes().stream().filter(f -> f.kind() == org.zwlint.core.Fix.Kind.REPAIR).toList();
    }
}
