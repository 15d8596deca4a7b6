package org.zwlint.core.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.zwlint.core.Finding;
import org.zwlint.core.analysis.AccessKind;
import org.zwlint.core.analysis.ExpressionText;
import org.zwlint.core.analysis.FunctionFacts;
import org.zwlint.core.analysis.Probe;
import org.zwlint.core.analysis.Region;
import org.zwlint.core.analysis.UserAccess;
import org.zwlint.core.ast.Expression;
import org.zwlint.core.dispatcher.DriverReplayOutcome;
import org.zwlint.core.ast.Index;
import org.zwlint.core.ast.MemberAccess;
import org.zwlint.core.ast.Node;
import org.zwlint.core.ast.Unary;
import org.zwlint.core.ast.UnaryOperator;
import org.zwlint.core.semantics.CType;
import org.zwlint.core.semantics.Field;
import org.zwlint.core.semantics.SemanticModel;

/**
 * PB002: an access beyond the range a probe checked. The probe's length is compared with the
 * access's end: a field at an offset past a probe of fewer bytes, an element past the probed count,
 * a copy of more bytes than were probed, or a copy whose size the requestor chose after a probe of a
 * fixed size. A probe of the requestor's length covers only what a check showed that length to be
 * at least on this path: nothing, when it was never checked (it can be 0). Where either side is not
 * known, nothing is reported.
 */
public final class ProbeTooShortRule implements Rule {
    public static final String ID = "PB002";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(RuleInput input) {
        RuleDescription description = input.catalog().get(ID);
        SemanticModel semantics = input.analysis().semantics();
        List<Finding> findings = new ArrayList<>();
        for (FunctionFacts function : input.analysis().functions()) {
            for (UserAccess access : function.facts(UserAccess.class)) {
                if (access.pointer().region() != Region.USER || access.probe().isEmpty() || access.trusted()) {
                    continue;
                }
                Probe probe = access.probe().get();
                boolean constant = probe.constantLength().isPresent();
                OptionalLong covered = constant ? probe.constantLength() : access.probedAtLeast();
                if (covered.isEmpty()) {
                    continue;
                }
                long probed = covered.getAsLong();
                Optional<String> problem = access.kind() == AccessKind.DEREFERENCE
                        ? fieldBeyond(access.node(), probed, constant, semantics)
                        : copyBeyond(access, probed, constant, semantics);
                if (problem.isEmpty()) {
                    continue;
                }
                String checked = constant ? "checked only " + probed + " bytes"
                        : "checked `" + ExpressionText.of(probe.length().orElseThrow()) + "` bytes, a length the requestor "
                                + "chose that can be " + (probed == 0 ? "0 (a probe of 0 bytes checks nothing)"
                                        : "as small as " + probed);
                String message = "`" + access.pointerText() + "`: " + problem.get() + ", but " + probe.routine()
                        + " at line " + probe.site().startLine() + " " + checked;
                IoReplays.Case replay = IoReplays.of(input, function.context(), access.ioctl(),
                        access.pointer(), access.pointerText(), access.node(), access.write(),
                        access.kind() != AccessKind.DEREFERENCE, UnprobedUserPointerRule.copySize(input, access),
                        access.sizeChosenByUser(), access.guarded());
                DriverReplayOutcome outcome = input.replayer().driver().beyondProbe(replay.request(),
                        replay.access(), probe.routine(), probed);
                findings.add(new Finding(ID, description.severity(), access.range(), message,
                        IoReplays.witness(access.pointer(), access.range(), problem.get(), outcome), List.of()));
            }
        }
        return findings;
    }

    /**
     * p->f, p[i], *p: the end of what is read, from the field's offset and size. An index the analysis cannot read
     * is judged only against a probe of a constant length: against the requestor's length (a count times a size),
     * the bound the index shares with that length is more than the analysis follows.
     */
    private static Optional<String> fieldBeyond(Node node, long probed, boolean constantProbe,
            SemanticModel semantics) {
        OptionalLong end = OptionalLong.empty();
        String beyond = "";
        if (node instanceof MemberAccess member && member.arrow()) {
            CType base = semantics.typeOf(member.base());
            Optional<Field> field = semantics.types().field(base, member.member().name());
            OptionalLong size = field.map(f -> semantics.types().sizeOf(f.type())).orElse(OptionalLong.empty());
            if (field.isPresent() && field.get().offset().isPresent() && size.isPresent()) {
                end = OptionalLong.of(field.get().offset().getAsLong() + size.getAsLong());
            }
        } else if (node instanceof Index index) {
            OptionalLong start = elementStart(index, constantProbe, semantics);
            OptionalLong size = semantics.types().sizeOf(semantics.typeOf(index));
            if (start.isPresent() && size.isPresent()) {
                end = OptionalLong.of(start.getAsLong() + size.getAsLong());
                beyond = unknownIndexNote(index, semantics);
            }
        } else if (node instanceof MemberAccess member
                && org.zwlint.core.ast.Expressions.stripped(member.base()) instanceof Index index) {
            // p->Items[i].Field: the field's place in the element the index reaches
            OptionalLong start = elementStart(index, constantProbe, semantics);
            Optional<Field> field = semantics.types().field(semantics.typeOf(index), member.member().name());
            OptionalLong size = field.map(f -> semantics.types().sizeOf(f.type())).orElse(OptionalLong.empty());
            if (start.isPresent() && field.isPresent() && field.get().offset().isPresent() && size.isPresent()) {
                end = OptionalLong.of(start.getAsLong() + field.get().offset().getAsLong() + size.getAsLong());
                beyond = unknownIndexNote(index, semantics);
            }
        } else if (node instanceof Unary unary && unary.operator() == UnaryOperator.DEREFERENCE) {
            end = semantics.types().sizeOf(semantics.typeOf(unary));
        }
        if (end.isPresent() && end.getAsLong() > probed) {
            return Optional.of("this access reaches byte " + end.getAsLong() + beyond);
        }
        return Optional.empty();
    }

    /**
     * A copy of a known size larger than the probe, or of a size the requestor chose (when the probe's
     * length is a constant: a requestor's length against the requestor's length is not compared).
     */
    private static Optional<String> copyBeyond(UserAccess access, long probed, boolean constantProbe,
            SemanticModel semantics) {
        if (access.size().isEmpty()) {
            return Optional.empty();
        }
        Expression size = access.size().get();
        OptionalLong copied = semantics.constantValue(size);
        if (copied.isPresent()) {
            return copied.getAsLong() > probed ? Optional.of("the copy moves " + copied.getAsLong() + " bytes")
                    : Optional.empty();
        }
        if (access.sizeChosenByUser() && constantProbe) {
            // bounded by a check or a min(): the copy stays inside the probe if its largest size does
            OptionalLong start = startOffset(access.node(), semantics);
            if (access.sizeAtMost().isPresent() && start.isPresent()
                    && start.getAsLong() + access.sizeAtMost().getAsLong() <= probed) {
                return Optional.empty();
            }
            return Optional.of("the copy moves `" + ExpressionText.of(size) + "` bytes, a size the requestor chose");
        }
        return Optional.empty();
    }

    /**
     * Where the element an index reaches starts in the probed structure. An index the analysis cannot read
     * reaches element 0 at least: where even that one lies past the probe, every element does (a negative index
     * lies before the probed start).
     */
    private static OptionalLong elementStart(Index index, boolean constantProbe, SemanticModel semantics) {
        OptionalLong at = semantics.constantValue(index.index());
        OptionalLong size = semantics.types().sizeOf(semantics.typeOf(index));
        OptionalLong start = arrayStart(index.base(), semantics);
        if (size.isEmpty() || start.isEmpty() || (at.isEmpty() ? !constantProbe : at.getAsLong() < 0)) {
            return OptionalLong.empty();
        }
        long first = at.isPresent() ? at.getAsLong() : trailingArray(index.base(), semantics) ? 1 : 0;
        return OptionalLong.of(start.getAsLong() + first * size.getAsLong());
    }

    private static String unknownIndexNote(Index index, SemanticModel semantics) {
        if (semantics.constantValue(index.index()).isPresent()) {
            return "";
        }
        return trailingArray(index.base(), semantics)
                ? " or beyond: an index into the trailing array declared with one element reads the elements after it"
                : " or beyond, whatever the index";
    }

    /**
     * A structure's last member declared as an array of 0 or 1 elements, or of none ({@code ULONG Items[1];}, the
     * ANYSIZE_ARRAY idiom): the structure is longer than its sizeof, and an index the analysis cannot read is
     * there to reach the elements after the declared one, so it is taken to reach element 1 at least.
     */
    private static boolean trailingArray(Expression base, SemanticModel semantics) {
        Expression at = org.zwlint.core.ast.Expressions.stripped(base);
        if (!(at instanceof MemberAccess member && member.arrow())) {
            return false;
        }
        CType pointer = semantics.typeOf(member.base());
        Optional<CType> record = pointer.pointee();
        List<Field> fields = record.map(r -> semantics.types().fields(r)).orElse(List.of());
        if (fields.isEmpty() || !fields.get(fields.size() - 1).name().equals(member.member().name())) {
            return false;
        }
        return fields.get(fields.size() - 1).type() instanceof org.zwlint.core.semantics.Array array
                && (array.length().isEmpty() || array.length().getAsLong() <= 1);
    }

    /**
     * Where the elements of an indexed array start in the probed structure: the field's offset for an array member
     * ({@code p->Items[i]}), 0 for the pointer itself ({@code p[i]}); unknown for anything else.
     */
    private static OptionalLong arrayStart(Expression base, SemanticModel semantics) {
        Expression at = org.zwlint.core.ast.Expressions.stripped(base);
        if (at instanceof MemberAccess member && member.arrow()) {
            Optional<Field> field = semantics.types().field(semantics.typeOf(member.base()), member.member().name());
            return field.isPresent() && field.get().type() instanceof org.zwlint.core.semantics.Array
                    ? field.get().offset() : OptionalLong.empty();
        }
        return at instanceof org.zwlint.core.ast.Identifier ? OptionalLong.of(0) : OptionalLong.empty();
    }

    /** Where a copy starts in the probed structure: the field's offset for {@code p->Data}, 0 for {@code p}. */
    private static OptionalLong startOffset(Node pointer, SemanticModel semantics) {
        Node at = pointer instanceof Expression e ? org.zwlint.core.ast.Expressions.stripped(e) : pointer;
        if (at instanceof MemberAccess member && member.arrow()) {
            return semantics.types().field(semantics.typeOf(member.base()), member.member().name())
                    .map(Field::offset).orElse(OptionalLong.empty());
        }
        return at instanceof org.zwlint.core.ast.Identifier ? OptionalLong.of(0) : OptionalLong.empty();
    }
}
