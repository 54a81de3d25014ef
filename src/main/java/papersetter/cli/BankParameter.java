package papersetter.cli;

import java.nio.file.Path;
import papersetter.bank.ShippedBank;
import picocli.CommandLine.Parameters;

/** The bank a command reads, named after the command ({@code validate my-bank.csv}); the shipped one if none. */
final class BankParameter {
    @Parameters(arity = "0..1", paramLabel = "BANK", description = "A CSV file or a folder of CSV files (default: "
            + ShippedBank.DEFAULT + ").")
    Path bank;

    Path path() {
        return ShippedBank.orDefault(bank);
    }
}
