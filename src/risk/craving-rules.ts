/**
 * Strong cravings and high-risk moments told in words (level `urgent`, reason
 * `craving_high`, the reason a check-in's high craving number raises), English and Spanish:
 * cravings at their worst ("cravings are off the charts", "unas ganas horribles de tomar"),
 * being at the door of a liquor store, bar or dealer ("parked outside the liquor store",
 * "afuera del bar"), a dealer reaching out or about to be contacted, and "need a drink"
 * said with force. Relapse prevention treats these as the moment to call: a counselor sees it
 * today. They are not distress, so the suicide screening question is not asked.
 *
 * A craving told as handled ("cravings were bad but they passed", "tuve ganas pero llamé a
 * mi padrino") is carved out by what follows it in the text.
 */
import { anyOf, rule, type RiskRule } from "./types.ts";

const C = "craving_high" as const;

/** What follows a craving that was handled: "but they passed", "pero se me pasó". */
const HANDLED =
  "(?![^]{0,120}\\b(?:passed|went away|gone now|is gone|are gone|faded|subsided|but i (?:didnt|did not|went|called|texted|used my|stayed|made it|got through|played|blocked|deleted|ignored)|and i (?:blocked|deleted|ignored)|and i (?:called|went|texted|got through)|se me (?:paso|quito|bajo)|no lo hice|no tome|no use|no consumi|pero (?:no (?:lo hice|tome|use|consumi|fui|compre|entre|conteste)|llame|fui|le hable|le marque|aguante|me aguante)|y (?:llame|fui|le hable|le marque))\\b)";

const CRAVINGS = anyOf("cravings?", "urges?", "the urge", "the cravings?", "my cravings?", "cravin", "cravins");
/** A number said with a verb: "cravings are a 10". A bare "cravings 9" is a check-in answer, read by the check-in. */
const SCORE = "(?:10|ten|9|nine)(?: out of 10)?";
const INTENSE = anyOf(
  "off the charts", "through the roof", "insane", "crazy", "out of control", "unbearable", "so bad", "really bad",
  "real bad", "terrible", "awful", "intense", "so strong", "really strong", "killing me", "hitting (?:me )?hard", "the worst (?:theyve|its) been", "too much"
);
const BE = anyOf("are", "is", "r", "been", "have been", "has been", "are getting", "are so", "so", "r so");

/** Places to buy or use. */
const OUTLET = anyOf(
  "liquor store", "bar", "the bar", "dispensary", "smoke shop", "trap", "trap house", "package store", "packie", "bottle shop", "beer store",
  "(?:my |the |his )?(?:dealers|plugs|connects) (?:house|place|spot|crib|apartment|apt)", "the spot", "the corner store buying"
);
const NEAR = anyOf("outside", "in front of", "parked (?:outside|at|by|in front of|across from)", "in the parking lot (?:of|at)", "across (?:the street )?from", "standing (?:outside|at)", "sitting (?:outside|in front of)");

const DEALER = anyOf("dealer", "plug", "connect", "old dealer", "old plug", "guy i used to buy from", "dude i used to cop from");

export const CRAVING_RULES: RiskRule[] = [
  // "cravings are off the charts today", "the urge is so strong rn".
  rule("cravings-intense", C, "en", `${CRAVINGS} (?:${BE} (?:(?:at|like) )?(?:a )?${SCORE}|(?:${BE} )?(?:(?:at|like) )?${INTENSE})${HANDLED}|(?:craving|craving it|jonesing|fiending|feenin|feening|itching to use|itching for a drink) (?:so |really |real )?(?:bad|hard|badly)${HANDLED}`),
  // "parked outside the liquor store", "sitting in front of the bar".
  rule("at-the-outlet", C, "en", `${NEAR} (?:a |the |my )?(?:old )?${OUTLET}(?! (?:for (?:work|a job|an interview|a meeting)|and drove away|and left|to (?:pick up|drop off|meet|wait for|get)|waiting for|picking up|dropping off)\\b)${HANDLED}`),
  // "my old plug hit me up", "about to text my dealer".
  rule("dealer-contact", C, "en", `(?:my |the |an? )?(?:old |ex )?${DEALER} (?:just )?(?:texted|hit me up|called|reached out|messaged|dmd|hit my line|is texting|keeps texting|showed up)${HANDLED}|(?:about to|gonna|going to|want to|wanna|thinking (?:about|of)|tempted to|so close to|trying not to) (?:text|call|hit up|hmu|reach out to|message|dm|answer|text back) (?:my |the |an? )?(?:old )?${DEALER}${HANDLED}`),
  // "i need a drink so bad right now", "so close to using".
  rule("need-it-now", C, "en", `(?:i )?(?:need|want|could use|would kill for|dying for|gotta have) (?:a drink|a drank|a beer|a shot|a hit|a fix|a bump|a line|a pill|my fix|to get high|to use|to drink|to get drunk|something to take the edge off|something(?:,)? anything)(?: (?:so bad|so badly|real bad|really bad|right now|rn|bad|tonight|today|now))+${HANDLED}|(?:so |this |really |way too |dangerously )?close to (?:using|drinking|picking up|relapsing|buying|copping|going out to buy|giving in|caving|saying yes)${HANDLED}|need (?:something|anything)[ \\n](?:anything|something)${HANDLED}`),
  // ---- Spanish ----
  // "tengo unas ganas horribles de tomar", "muchas ganas de usar hoy".
  rule("es-ganas", C, "es", "(?<!\\b(?:cero|sin|nada de|ningunas|no tengo|no tenia|ni|pocas) )(?:unas |muchas |demasiadas |tantas |tremendas |bien |muy )?ganas (?:horribles |enormes |tremendas |muy fuertes |bien fuertes |fuertes |locas |insoportables )?de (?:tomar(?! (?:agua|cafe|te|jugo|refresco|leche|fotos|clases|un bano|aire|el sol|una siesta|mis medicinas|mi medicina)\\b)|beber(?! (?:agua|cafe|te|jugo|refresco|leche)\\b)|usar|consumir|drogarme|ponerme|meterme algo|fumar (?:mota|piedra|cristal|un porro)|comprar (?:una botella|algo|droga|mota|perico|cristal|chelas|cervezas|pisto)|echarme (?:un trago|unas|una|un)|recaer)" + `${HANDLED}`),
  rule("es-en-la-puerta", C, "es", `(?:afuera|enfrente|frente|en la puerta|estacionad[oa] (?:afuera|enfrente)) (?:de|del|de la) (?:la )?(?:licoreria|bar|cantina|vinateria|expendio|deposito|depo|casa de mi dealer|casa del dealer|donde venden|punto|tiendita de la esquina comprando)(?! (?:esperando a|para recoger|recogiendo|a recoger|por mi \\w+|por mis \\w+|por trabajo)\\b)${HANDLED}`),
  rule("es-dealer", C, "es", `(?:me (?:escribio|hablo|marco|mando mensaje|mando un mensaje|busco)|me esta (?:escribiendo|buscando|marcando)) (?:el|mi) (?:dealer|dealer de antes|que me vendia|que me vende|conecte|proveedor|transa|camello)${HANDLED}|(?:el|mi) (?:dealer|que me vendia|conecte|proveedor|transa) me (?:escribio|hablo|marco|mando|busco)${HANDLED}|(?:quiero|voy a|estoy por|tengo ganas de) (?:escribirle|hablarle|marcarle|contestarle) (?:a mi|al) (?:dealer|conecte|proveedor|transa)${HANDLED}`),
];
