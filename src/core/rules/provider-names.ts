/**
 * Names of services that issue API credentials, as people write them in key names
 * (`CENSYS_KEY`, `cloudmersive:`, `apiMaticKey`, `iexapis token`): a key that names one of them
 * and holds a random value is that service's credential, whatever its format. One word each,
 * lower case, letters and digits only (the key's separators are dropped before the look-up).
 * Names that are also common words or code identifiers (`box`, `float`, `host`, `square`,
 * `segment`) are left out: a key named after them says nothing about its value.
 */
import { remembered } from '../remember.js';

const NAMES = `
abuseipdb abyssale accuweather adafruit adafruitio adobe adobeio adzuna aeroworkflow aiven airbrake airship
airtable airvisual alchemy alconost alegra aletheiaapi algolia alibaba alienvault allsports amadeus ambee
amplitude anthropic anypoint apacta api2cart apideck apiflash apifonica apify apilayer apimatic apimetrics
apitemplate appcues appfollow appointedd appsynergy apptivo artifactory artsy asana assemblyai 
atlassian auth0 authress autodesk autoklose autopilot avaza aviationstack axonaut aylien ayrshare azure
bannerbear baremetrics beebole besnappy besttime betterstack billomat bitbar bitbucket bitcoinaverage
bitfinex bitly bitmex bittrex blazemeter blitapp blocknative blogger bombbomb boostnote borgbase braintree
braintrust brandfetch browserstack browshot bscscan buddyns budibase bugherd bugsnag buildkite bulbul
bulksms buttercms caflou calendarific calendly calorieninja campayn cannyio capsulecrm captaindata
carboninterface cashboard caspio censys centralstationcrm cexio chartmogul chatfuel chatfule checio
checklyhq checkvist circleci clarifai clearbit clickhelp clicksend clickup cliengo clientary clinchpad
clockify clockworksms closecrm cloudconvert cloudelements cloudflare cloudimage cloudinary cloudmersive
cloudplan cloudsmith cloverly cloze clustdoc codacy codecov codeclimate codemagic codequiry cohere coinapi
coinbase coinlayer coinlib commercejs companyhub confluent contentful conversiontools convertapi
convertkit convier couchbase countrylayer coveralls craftmypdf crowdin cryptocompare currencycloud
currencyfreaks currencylayer currencyscoop currentsapi customerguru customerio d7network dailyco
dareboost databox databricks datadog datagov  deepai deepgram deepseek demio detectify
detectlanguage dfuse diffbot diggernaut digitalocean discord disqus dnscheck dockerhub docparser documo
docusign doppler dotdigital dovico dronahq droneci dropbox duffel duply dwolla dynalist dynatrace dyspatch
eagleeyenetworks easyinsight easypost ecostruxureit edamam edenai eightxeight elasticemail elevenlabs
enablex endorlabs etherscan ethplorer  eventbrite everhour exchangerateapi exchangeratesapi
exportsdk extractorapi facebook faceplusplus fastforex fastly feedier fetchrss fibery figma fileio finage
financialmodelingprep finicity finnhub fixerio flatio fleetbase flexport flickr flightapi flightlabs
flightstats flowflu flutterwave flyio fmfw formbucket formcraft formio formsite foursquare frameio
freemius freshbooks freshdesk fulcrum fullstory fxmarket geckoboard gengo geoapify geocodify geocodio
geoipifi getemail getemails getgeoapi getgist getresponse getsandbox github gitlab gitter glassnode
gocanvas gocardless godaddy goodday grafana graphcms graphhopper groovehq groq gtmetrix guardianapi
gumroad gyazo happyscribe hashicorp hasura hellosign helpcrunch helpscout hereapi heroku hiveage
holidayapi honeycomb html2pdf hubspot huggingface hybiscus hypertrack iconfinder iexapis iexcloud
imagekit imagga infracost infura insightly instabot instamojo intercom interseller intra42 intrinio
invoiceocean ip2location ipapi ipgeolocation ipinfo ipinfodb ipquality ipstack jfrog jira jotform
jumpcloud jupiterone kanbantool karmacrm keenio kickbox klaviyo klipfolio knapsackpro kontent kucoin
kylas langfuse langsmith languagelayer larksuite launchdarkly leadfeeder lemlist lemonsqueezy lendflow
lessannoyingcrm lexigram linearapi linemessaging linenotify linkedin linkpreview liveagent livestorm
loadmill locationiq loggly loginradius logzio lokalise looker loyverse lunchmoney madkudu magicbell
mailboxlayer mailchimp mailerlite mailgun mailjet mailmodo mailsac mandrill mapbox mapquest marketstack
mattermost mavenlink maxmind meaningcloud mediastack meistertask meraki mesibo messagebird metaapi
metabase metrilo mindmeister mixmax mixpanel mockaroo monkeylearn moonclerk moosend moralis mrticktock
myfreshworks myintervals nasdaqdatalink nethunt netlify netsuite neutrinoapi newrelic newsapi
newscatcher nexmo nftport ngrok nicereply nightfall nozbeteams numverify nutritionix nvapi nylas nytimes
oanda octopusdeploy okta omnisend onedesk onelogin onepagecrm onesignal onfleet oopspam openai
opencagedata openrouter openuv openweather opsgenie optimizely overloop owlbot packagecloud pagarme
pagerduty pandadoc pandascore paperform paralleldots parsehub  partnerstack pastebin paydirtapp
paymoapp paymongo paypal paystack pdflayer pdfshift peopledatalabs pepipost perplexity pganalyze
photoroom pinata pinecone pipedream pipedrive pivotaltracker pixabay plaid planetscale planviewleankit
planyo plivo podio pollsapi poloniex portainer positionstack postageapp posthog postmark powrbot prodpad
prospectcrm protocolsio proxycrawl pubnub pulumi purestake pushbullet pusher qualaroo qubole railwayapp
rapidapi razorpay reachmail reallysimplesystems rebrandly rentman repairshopr replyio requestfinance
restpack revampcrm ringcentral ritekit robinhood rocketreach rootly route4me rownd runrunit saladcloud
salesblink salescookie salesflare salesforce salesmate satismeter saucelabs scaleway scalingo scalr
scrapeowl scraperapi scraperbox scrapestack scrapfly scrapingant scrapingbee screenshotapi
screenshotlayer scrutinizerci securitytrails selectpdf sendbird sendgrid sendinblue sentry serphouse
serpstack settlemint sheety sherpadesk shipday shippo shodan shopify shotstack shutterstock signable
signalwire signaturit signupgenius sigopt simfin simplesat simplynoted simvoly sinchmessage siteleaf
skrappio skybiometry slack smartsheets smartystreets smooch snipcart snowflake snyk solarwinds
sonarcloud sourcegraph sparkpost spectralops speechtextai splunk spoonacular sportsmonk spotify
squareapp squarespace sslmate statuscake statuspage statuspal stitchdata stockdata storecove
stormboard stormglass storyblok storychief strava stripe stripo stytch sugester sumologic supabase
supernotesapi surveyanyplace surveybot surveysparrow survicate swiftype tableau tailscale tallyfy tatumio
taxjar teamgate teamwork technicalanalysisapi tefter telegram teletype telnyx terraform testingbot
textmagic theoddsapi thinkific thousandeyes ticketmaster tickettailor tiingo timecamp timezoneapi tines
tmetric todoist  tokeet tomorrowio tomtom tradier transferwise travelpayouts travisci trello twelvedata
twilio twitch twitter tyntec typeform typetalk ubidots uclassify unifyid unplugg unsplash upcdatabase
uplead uploadcare uptimerobot upwave urlscan userflow userstack vagrantcloud vatlayer vbout vercel
verimail veriphone versioneye viewneo virustotal visualcrossing voiceflow voicegain voodoosms vouchery
vpnapi vultr walkscore weatherbit weatherstack web3storage webex webflow webscraper webscraping
websitepulse wepay whoxy wistia worksnaps workstack worldcoinindex worldweather wrike yandex yelp
youneedabudget yousign youtube zapier zendesk zenkit zenrows zenscrape zenserp zeplin zerobounce
zerotier zipapi zipbooks zipcodeapi zipcodebase zohocrm zonkafeedback zulipchat
`;

/**
 * Names whose credentials this project's own rules find by their prefix (`ghp_`, `sk-ant-`,
 * `xoxb-`), and which half the files of a code base mention (in URLs, imports, model lists): a
 * key naming one is still read as that provider's (when another name lets the text through), but
 * they do not gate the rule on their own, or most files of a tree would run it for nothing.
 */
export const PREFIXED_PROVIDERS: ReadonlySet<string> = new Set(
  'github gitlab openai anthropic huggingface deepseek cohere groq openrouter posthog slack stripe discord supabase sentry vercel facebook twitter linkedin youtube'.split(
    ' ',
  ),
);

/**
 * Names that run inside common identifiers and words, each with one it hides in: the keyword gate
 * matches substrings, so as gates they let through files that never name the provider (TypeScript's
 * own libraries say `assignable` thousands of times). Like the names above, they still name a key
 * when another keyword lets the text through.
 */
export const EMBEDDED_NAMES: ReadonlyMap<string, string> = new Map([
  ['signable', 'assignable'],
  ['tmetric', 'textmetrics'],
  ['getresponse', 'getresponsedata'],
  ['docparser', 'jsdocparser'],
  ['userstack', 'userstacktracelimit'],
  ['artsy', 'startsyntax'],
  ['contentful', 'largestcontentfulpaint'],
  ['oanda', 'infoandattach'],
  ['figma', 'tsconfigmatch'],
  ['tines', 'routines'],
  ['typeform', 'typeformatflags'],
  ['stripo', 'stripoptional'],
  ['pusher', 'pusherrorfallback'],
]);

/** Every provider name, lower case. */
export const PROVIDER_NAMES: ReadonlySet<string> = new Set(NAMES.split(/\s+/).filter((n) => n.length > 0));

/**
 * What may follow the provider's name in a key naming its credential (separators dropped):
 * nothing (`cloudmersive:`), or words qualifying a credential then a word for one (`_KEY`,
 * `ApiToken`, `_auth_token`, `-password`, `oauth token`, `consumer_key`). Names of other things
 * (`_ID`, `_URL`, `_EMAIL`, `_KEY_ID`, `_PUBLIC_KEY`) are not in it.
 */
const CREDENTIAL_TAIL =
  /^(?:api|oauth|consumer|access|auth|bot|personal|app|client|admin|service|account|private|session|secret|user|org|project|master|live|prod|read|write)*(?:key|token|secret|password|pass|pwd|pat|credentials?|auth|skey)s?$/;

/** The words of a key (`apiMaticKey` -> api, matic, key; `CENSYS_API_KEY` -> censys, api, key). */
function keyWords(key: string): string[] {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

/** The longest provider name and shortest name the look-up tries. */
const LONGEST = Math.max(...[...PROVIDER_NAMES].map((n) => n.length));

/**
 * The provider a key names as the owner of the credential it holds: the key is a provider's name
 * (after at most two words of its own, `app.censys_key`), then only words for a credential
 * (`zendeskapi token`, `twilioApiKey`) and a trailing number (`sumoKey2`); `bare` when nothing
 * follows the name. `undefined` for any other key.
 */
export const providerOfKey: (key: string) => { provider: string; bare: boolean } | undefined = remembered(
  judgeKey,
  4096,
);

function judgeKey(key: string): { provider: string; bare: boolean } | undefined {
  const words = keyWords(key);
  for (let start = 0; start < Math.min(3, words.length); start++) {
    // A trailing number numbers the credential (`_key1`, `token2`).
    const compact = words
      .slice(start)
      .join('')
      .replace(/(?<=[a-z])\d{1,2}$/, '');
    for (let end = Math.min(LONGEST, compact.length); end >= 3; end--) {
      const name = compact.slice(0, end);
      if (!PROVIDER_NAMES.has(name)) continue;
      const tail = compact.slice(end);
      if (tail === '' || CREDENTIAL_TAIL.test(tail)) return { provider: name, bare: tail === '' };
    }
  }
  return undefined;
}
