package papersetter.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import papersetter.bank.Bank;
import papersetter.bank.BankReader;
import papersetter.model.Question;
import papersetter.model.QuestionType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "list",
        mixinStandardHelpOptions = true,
        description = {"Shows what a bank holds: for each level and topic, how many questions of each type,",
            "so you can see what --level, --topic, --type and --count can ask for."},
        footer = {"", "Examples:",
            "  papersetter list",
            "  papersetter list my-questions.csv"})
final class ListCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    BankParameter bank;

    @Mixin
    DebugOption debug;

    @Override
    public Integer call() {
        Bank loaded = BankReader.read(bank.path());
        BankMessages.printWarnings(loaded.warnings(), spec.commandLine().getErr());
        PrintWriter out = spec.commandLine().getOut();
        Map<String, Map<String, int[]>> table = new TreeMap<>();
        for (Question question : loaded.questions()) {
            int[] counts = table.computeIfAbsent(question.level(), l -> new TreeMap<>())
                    .computeIfAbsent(question.topic(), t -> new int[QuestionType.values().length]);
            counts[question.type().ordinal()]++;
        }
        List<QuestionType> types = List.of(QuestionType.values());
        int topicWidth = Math.max(5, loaded.questions().stream().mapToInt(q -> q.topic().length()).max().orElse(5));
        StringBuilder head = new StringBuilder(String.format("%-" + (topicWidth + 2) + "s", "topic"));
        types.forEach(t -> head.append(String.format("%10s", t.label())));
        head.append(String.format("%8s", "total"));
        int[] grand = new int[types.size()];
        for (Map.Entry<String, Map<String, int[]>> level : table.entrySet()) {
            int levelTotal = level.getValue().values().stream().mapToInt(c -> java.util.Arrays.stream(c).sum()).sum();
            out.println("Level " + level.getKey() + " (" + levelTotal + " questions)");
            out.println("  " + head);
            for (Map.Entry<String, int[]> topic : level.getValue().entrySet()) {
                StringBuilder row = new StringBuilder(String.format("  %-" + (topicWidth + 2) + "s", topic.getKey()));
                int total = 0;
                for (QuestionType type : types) {
                    int n = topic.getValue()[type.ordinal()];
                    grand[type.ordinal()] += n;
                    total += n;
                    row.append(String.format("%10s", n == 0 ? "-" : Integer.toString(n)));
                }
                row.append(String.format("%8d", total));
                out.println(row);
            }
            out.println();
        }
        StringBuilder all = new StringBuilder();
        for (QuestionType type : types) {
            all.append(", ").append(type.label()).append(' ').append(grand[type.ordinal()]);
        }
        out.printf("%d questions in all%s; %d levels, %d topics.%n", loaded.questions().size(), all,
                table.size(), loaded.questions().stream().map(Question::topic).distinct().count());
        out.flush();
        return ErrorReporter.OK;
    }
}
