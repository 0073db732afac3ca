package org.upright.planner.testsupport;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.stmt.ReturnStmt;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds words written into the code where a user will read them (issue 13: nothing user-facing stays
 * a literal; ADR 0018). It reads a module's {@code src/main/java} and reports every string literal
 * handed to a call whose text a person sees — {@code new Button("Save")}, {@code setLabel(…)},
 * {@code Notification.show(…)}, {@code @PageTitle(…)}, a {@code getPageTitle()} that returns one —
 * including literals inside the argument ({@code "Signed in as " + name}, a label lambda) and
 * what a constant, field or local variable of the same file holds when it is handed over by name.
 *
 * <p>It matches by simple name, not by type: a module adds its own calls ({@link #alsoCalls},
 * {@link #alsoConstructors}) — the PDF module its {@code Phrase} and {@code Chunk}, the domain its
 * exceptions whose message is shown. Not words, so never reported: bundle keys
 * ({@code ui.settings.title}), text without a letter ({@code " · "}, {@code "%"}), paths, URLs and
 * file names. CSS class names, ids and routes go to calls that are not on the list.
 *
 * <p>Typical use in a module's test: {@code UserFacingLiterals.vaadin().in(Path.of("src/main/java"))}
 * must be empty, or hold only files on a shrinking allow-list.
 */
public final class UserFacingLiterals {

    /** One literal a user would read, where it is. */
    public record Literal(String file, int line, String call, String text) {
        @Override
        public String toString() {
            return file + ":" + line + " " + call + "(\"" + text + "\")";
        }
    }

    /** Vaadin components whose constructor takes a caption, label, heading or text. */
    public static final Set<String> VAADIN_CONSTRUCTORS = Set.of(
            "Anchor",
            "BigDecimalField",
            "Button",
            "Checkbox",
            "CheckboxGroup",
            "ComboBox",
            "ConfirmDialog",
            "DatePicker",
            "DateTimePicker",
            "Details",
            "Div",
            "EmailField",
            "Emphasis",
            "H1",
            "H2",
            "H3",
            "H4",
            "H5",
            "H6",
            "Html",
            "Image",
            "IntegerField",
            "Label",
            "ListItem",
            "MenuItem",
            "MultiSelectComboBox",
            "NativeLabel",
            "Notification",
            "NumberField",
            "Paragraph",
            "PasswordField",
            "RadioButtonGroup",
            "RouterLink",
            "Select",
            "SideNavItem",
            "Span",
            "Strong",
            "Tab",
            "Text",
            "TextArea",
            "TextField",
            "TimePicker");

    /** Methods whose string arguments a person reads (on components, dialogs, notifications, grids). */
    public static final Set<String> VAADIN_METHODS = Set.of(
            "addColumn",
            "addFormItem",
            "addItem",
            "setAriaLabel",
            "setCancelText",
            "setConfirmText",
            "setErrorMessage",
            "setHeader",
            "setHeaderText",
            "setHeaderTitle",
            "setHelperText",
            "setItemLabelGenerator",
            "setLabel",
            "setPlaceholder",
            "setRejectText",
            "setSummaryText",
            "setText",
            "setTitle",
            "setTooltipText",
            "show");

    /** Calls that build text out of their arguments, so a literal in them is still read by a person. */
    private static final Set<String> TEXT_MAKERS = Set.of("format", "formatted", "join", "concat", "repeat");

    /** Components whose first of several arguments is an address (href, image source). */
    private static final Set<String> ADDRESS_FIRST = Set.of("Anchor", "Image");

    /** Element attributes a screen reader or a tooltip reads out. */
    private static final Set<String> READ_ATTRIBUTES = Set.of("aria-label", "title", "placeholder", "alt");

    // a key, or a key's stem that the code completes ("ui.checkIn.timing." + timing.name())
    private static final Pattern KEY = Pattern.compile("[a-z][a-zA-Z0-9]*(\\.[a-zA-Z0-9_-]+)+\\.?");
    private static final Pattern PATH_OR_URL =
            Pattern.compile("(/|[a-z]+:)\\S*|[\\w./-]+\\.(png|svg|jpg|jpeg|css|js|pdf|zip|ics|csv|html)");
    // the rest of a key the code completes: "domain.redFlag." + name() + ".question"
    private static final Pattern KEY_PART = Pattern.compile("\\.[a-zA-Z0-9_-]+(\\.[a-zA-Z0-9_-]+)*\\.?");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    private final Set<String> constructors;
    private final Set<String> methods;
    private final boolean textKeys;

    private UserFacingLiterals(Set<String> constructors, Set<String> methods, boolean textKeys) {
        this.constructors = Set.copyOf(constructors);
        this.methods = Set.copyOf(methods);
        this.textKeys = textKeys;
    }

    /** The Vaadin calls above, plus {@code @PageTitle} and {@code getPageTitle()}. */
    public static UserFacingLiterals vaadin() {
        return new UserFacingLiterals(VAADIN_CONSTRUCTORS, VAADIN_METHODS, false);
    }

    /** Only the calls a module names (the PDF module, the domain). */
    public static UserFacingLiterals none() {
        return new UserFacingLiterals(Set.of(), Set.of(), false);
    }

    /** Also report literals handed to these methods (by simple name), e.g. a module's own label helper. */
    public UserFacingLiterals alsoCalls(String... methodNames) {
        Set<String> more = new HashSet<>(methods);
        more.addAll(List.of(methodNames));
        return new UserFacingLiterals(constructors, more, textKeys);
    }

    /**
     * Also report words handed to {@code Text.of(…)} as its key: a {@code Text} carries a key
     * ({@code domain.refused.plan.paused}), so {@code Text.of("This plan is paused.")} is a sentence
     * dressed up as a key, shown as it stands in every language.
     */
    public UserFacingLiterals alsoTextKeys() {
        return new UserFacingLiterals(constructors, methods, true);
    }

    /** Also report literals handed to these constructors (by simple class name). */
    public UserFacingLiterals alsoConstructors(String... simpleClassNames) {
        Set<String> more = new HashSet<>(constructors);
        more.addAll(List.of(simpleClassNames));
        return new UserFacingLiterals(more, methods, textKeys);
    }

    /** Every user-facing literal in the Java files under this folder, by file (relative, with '/') and line. */
    public List<Literal> in(Path sourceRoot) {
        JavaParser parser =
                new JavaParser(new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_21));
        List<Literal> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sourceRoot)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                ParseResult<CompilationUnit> parsed = parser.parse(file);
                CompilationUnit unit = parsed.getResult()
                        .filter(u -> parsed.isSuccessful())
                        .orElseThrow(
                                () -> new IllegalStateException("Cannot read " + file + ": " + parsed.getProblems()));
                String name = sourceRoot.relativize(file).toString().replace('\\', '/');
                found.addAll(new FileScan(name, unit).literals());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        found.sort(Comparator.comparing(Literal::file).thenComparingInt(Literal::line));
        return found;
    }

    /** The files (relative names) that hold at least one user-facing literal. */
    public Set<String> filesIn(Path sourceRoot) {
        Set<String> files = new TreeSet<>();
        in(sourceRoot).forEach(l -> files.add(l.file()));
        return files;
    }

    /** Whether a literal is words for a person, as opposed to a key, a path, or punctuation. */
    public static boolean isWords(String text) {
        String trimmed = text.strip();
        return LETTER.matcher(trimmed).find()
                && !KEY.matcher(trimmed).matches()
                && !PATH_OR_URL.matcher(trimmed).matches();
    }

    private final class FileScan {
        private final String file;
        private final CompilationUnit unit;
        private final Map<String, List<Expression>> constants = new HashMap<>();
        private final List<Literal> literals = new ArrayList<>();
        private final Set<Node> seen = new HashSet<>();

        FileScan(String file, CompilationUnit unit) {
            this.file = file;
            this.unit = unit;
            // Constants, fields and local variables of this file, by name: what a name handed to a
            // user-facing call may hold ("String message = …; Notification.show(message)").
            for (VariableDeclarator variable : unit.findAll(VariableDeclarator.class)) {
                variable.getInitializer().ifPresent(init -> holds(variable.getNameAsString(), init));
            }
            for (AssignExpr assigned : unit.findAll(AssignExpr.class)) {
                if (assigned.getTarget() instanceof NameExpr name) {
                    holds(name.getNameAsString(), assigned.getValue());
                } else if (assigned.getTarget() instanceof FieldAccessExpr field) {
                    holds(field.getNameAsString(), assigned.getValue());
                }
            }
        }

        private void holds(String name, Expression value) {
            constants.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }

        List<Literal> literals() {
            for (ObjectCreationExpr created : unit.findAll(ObjectCreationExpr.class)) {
                String type = created.getType().getNameAsString();
                if (constructors.contains(type)) {
                    created.getArguments().forEach(arg -> collect("new " + type, arg, 0));
                }
            }
            for (MethodCallExpr call : unit.findAll(MethodCallExpr.class)) {
                String method = call.getNameAsString();
                if (textKeys && isTextOf(call)) {
                    for (StringLiteralExpr literal : call.getArgument(0).findAll(StringLiteralExpr.class)) {
                        if (isWords(literal.asString())
                                && !KEY_PART.matcher(literal.asString()).matches()
                                && partOfTheKey(literal, call)
                                && seen.add(literal)) {
                            literals.add(new Literal(
                                    file,
                                    literal.getBegin().map(p -> p.line).orElse(0),
                                    "Text.of",
                                    literal.asString()));
                        }
                    }
                }
                if (methods.contains(method)) {
                    call.getArguments().forEach(arg -> collect(method, arg, 0));
                } else if (method.equals("setAttribute")
                        && call.getArguments().size() == 2
                        && call.getArgument(0) instanceof StringLiteralExpr attribute
                        && READ_ATTRIBUTES.contains(attribute.getValue())) {
                    collect("setAttribute " + attribute.getValue(), call.getArgument(1), 0);
                }
            }
            for (AnnotationExpr annotation : unit.findAll(AnnotationExpr.class)) {
                if (annotation.getNameAsString().equals("PageTitle")) {
                    if (annotation instanceof SingleMemberAnnotationExpr single) {
                        collect("@PageTitle", single.getMemberValue(), 0);
                    } else if (annotation instanceof NormalAnnotationExpr normal) {
                        normal.getPairs().forEach(p -> collect("@PageTitle", p.getValue(), 0));
                    }
                }
            }
            for (MethodDeclaration method : unit.findAll(MethodDeclaration.class)) {
                if (method.getNameAsString().equals("getPageTitle")) {
                    method.findAll(ReturnStmt.class)
                            .forEach(r -> r.getExpression().ifPresent(e -> collect("getPageTitle", e, 0)));
                }
            }
            return literals;
        }

        /** The literal is the key, or a piece of it joined with {@code +}, not an argument of some other call. */
        private static boolean partOfTheKey(Node literal, MethodCallExpr textOf) {
            Node parent = literal.getParentNode().orElse(null);
            while (parent instanceof BinaryExpr || parent instanceof EnclosedExpr) {
                parent = parent.getParentNode().orElse(null);
            }
            return parent == textOf;
        }

        private static boolean isTextOf(MethodCallExpr call) {
            return call.getNameAsString().equals("of")
                    && call.getArguments().isNonEmpty()
                    && call.getScope()
                            .filter(scope -> scope instanceof NameExpr name
                                    && name.getNameAsString().equals("Text"))
                            .isPresent();
        }

        private void collect(String call, Expression argument, int depth) {
            for (StringLiteralExpr literal : argument.findAll(StringLiteralExpr.class)) {
                report(call, literal, literal.asString());
            }
            for (TextBlockLiteralExpr block : argument.findAll(TextBlockLiteralExpr.class)) {
                report(call, block, block.asString());
            }
            // A constant of this file handed over by name ("new H2(TITLE)") counts as its value.
            if (depth < 3) {
                for (NameExpr name : argument.findAll(NameExpr.class)) {
                    constants
                            .getOrDefault(name.getNameAsString(), List.of())
                            .forEach(init -> collect(call, init, depth + 1));
                }
            }
        }

        private void report(String call, Node node, String text) {
            if (isWords(text)
                    && !forDevelopers(node)
                    && !isAddress(node)
                    && !ownedByAnotherCall(node)
                    && seen.add(node)) {
                literals.add(new Literal(file, node.getBegin().map(p -> p.line).orElse(0), call, text));
            }
        }

        /**
         * A literal handed to some other call inside the argument is that call's business:
         * {@code new Button(label, click -> navigate(new RouteParameters("lifterId", id)))}. Only
         * the calls that make text stay ({@code format}, {@code join}, …), and the user-facing calls
         * themselves, pass their literals on.
         */
        private boolean ownedByAnotherCall(Node node) {
            Node parent = node.getParentNode().orElse(null);
            if (parent instanceof MethodCallExpr call) {
                String name = call.getNameAsString();
                return !methods.contains(name) && !TEXT_MAKERS.contains(name) && !name.equals("setAttribute");
            }
            if (parent instanceof ObjectCreationExpr created) {
                return !constructors.contains(created.getType().getNameAsString());
            }
            return false;
        }

        /**
         * new Anchor("signup", "Create an account"), new Image("logo.svg", "Upright"): the first of
         * two is where it leads or what it shows, not words — also inside another component.
         */
        private boolean isAddress(Node node) {
            return node.getParentNode().orElse(null) instanceof ObjectCreationExpr created
                    && ADDRESS_FIRST.contains(created.getType().getNameAsString())
                    && created.getArguments().size() > 1
                    && created.getArgument(0) == node;
        }

        /**
         * A message of an exception the code throws is for the log, not the screen ("the layout is
         * only shown to signed-in users"), unless the module lists that exception as read by people.
         */
        private boolean forDevelopers(Node node) {
            for (Node up = node.getParentNode().orElse(null);
                    up != null;
                    up = up.getParentNode().orElse(null)) {
                if (up instanceof ObjectCreationExpr created) {
                    String type = created.getType().getNameAsString();
                    if (constructors.contains(type)) {
                        return false;
                    }
                    if (type.endsWith("Exception") || type.endsWith("Error")) {
                        return true;
                    }
                }
            }
            return false;
        }
    }
}
