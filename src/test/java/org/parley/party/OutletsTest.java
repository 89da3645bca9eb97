package org.parley.party;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OutletsTest {

    private static final PartyRegistry REGISTRY = PartyRegistry.bundled();
    private static final Outlets OUTLETS = Outlets.bundled(REGISTRY);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            BBC News                                  | BBC News              | United Kingdom | true
            bbc                                       | BBC News              | United Kingdom | true
            BBC News Online                           | BBC News              | United Kingdom | true
            https://www.bbc.co.uk/news/world-europe-1 | BBC News              | United Kingdom | true
            Daily Mail                                | Daily Mail            | United Kingdom | true
            www.dailymail.co.uk                       | Daily Mail            | United Kingdom | true
            Mail Online                               | Daily Mail            | United Kingdom | true
            MailOnline                                | Daily Mail            | United Kingdom | true
            Guardian                                  | The Guardian          | United Kingdom | true
            the Independent                           | The Independent       | United Kingdom | true
            Reuters (UK)                              | Reuters               | United Kingdom | false
            uk.reuters.com                            | Reuters               | United Kingdom | false
            https://edition.cnn.com/2025/06/22/politics | CNN                 | United States  | true
            Fox News                                  | Fox News              | United States  | true
            AP                                        | Associated Press      | United States  | true
            The Washington Post                       | The Washington Post   | United States  | true
            WSJ                                       | The Wall Street Journal | United States | true
            ABC News                                  | ABC News              | United States  | true
            abc.net.au                                | ABC News (Australia)  | Australia      | true
            Al Jazeera                                | Al Jazeera            | Qatar          | false
            France 24                                 | France 24             | France         | false
            DW                                        | Deutsche Welle        | Germany        | false
            Der Spiegel                               | Der Spiegel           | Germany        | true
            TASS                                      | TASS                  | Russia         | false
            The Times of Israel                       | The Times of Israel   | Israel         | true
            The Times                                 | The Times             | United Kingdom | true
            The New York Times                        | The New York Times    | United States  | true
            Anadolu Agency                            | Anadolu Agency        | Turkey         | false
            BBC News - World                          | BBC News              | United Kingdom | true
            """)
    void aSourceLineNamesAnOutletAndItsHome(String source, String outlet, String home, boolean homeTitles) {
        Outlet found = OUTLETS.outletOf(source).orElseThrow(() -> new AssertionError("no outlet for " + source));
        assertEquals(outlet, found.name());
        assertEquals(home, found.home().name());
        assertEquals(homeTitles, found.homeTitles());
    }

    @ParameterizedTest(name = "{0} -> unknown")
    @ValueSource(strings = {"The Daily Planet", "Daily Planet News", "example.com", "", "  "})
    void anUnknownSourceHasNoHome(String source) {
        assertEquals(Optional.empty(), OUTLETS.homeOf(source));
    }

    @Test
    void twoOutletsMayNotShareAForm() {
        String json = """
                {"outlets": [{"name": "Sun", "home": "United Kingdom", "variants": []},
                             {"name": "The Sun", "home": "Canada", "variants": []}]}
                """;
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Outlets.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), REGISTRY, "test.json"));
        assertTrue(e.getMessage().contains("'The Sun'"), e.getMessage());
    }
}
