//! Common given names of the people the English-language press writes
//! about, with their usual gender: what lets a pattern find "Sarah Hughes"
//! or "Yuki Kusumi" with no title or verb of speech beside the name, and a
//! pronoun find them later.
//!
//! The lists leave out names that are common words or places as well
//! ("Will", "Mark", "Grant", "Hope", "May", "Sydney", "Jordan", "Victoria",
//! "Christian"): a capitalised word there is more often something else.
//! A name that both genders often bear ("Jean", "Andrea") has no gender.

use crate::gazetteer::Gender;

/// Male given names, space-separated.
const MALE: &str = "\
Aaron Abdul Abdullah Abel Abraham Adam Adel Adnan Adrian Ahmad Ahmed Ahmet \
Aidan Akio Akira Alan Alastair Albert Alberto Aleksandar Aleksandr Aleksei \
Alessandro Alexander Alexandre Alexei Alfie Alfonso Alfred Ali Alistair \
Allan Alvaro Alvin Amadou Amir Anatoli Anatoly Anders Andre Andreas Andrei \
Andrej Andres Andrew Andriy Andrzej Andy Angelo Angus Anil Anthony Antoine \
Anton Antoni Antonio Armando Arnold Arthur Arturo Ashok Aurelio Avi Ayman \
Barack Barney Barry Bartosz Bashar Bashir Ben Benedikt Benjamin Bernard \
Bernd Bernhard Bernie Bertrand Bjorn Bob Bobby Bogdan Bohdan Boris Brad \
Bradley Brandon Branko Brendan Brett Brian Bruce Bruno Bryan Bryce Burak \
Byron Calvin Cameron Carl Carlos Cedric Cesar Charles Charlie Chester Chidi \
Christoph Christophe Christopher Ciaran Clarence Claude Claus Clement \
Clifford Clint Clive Cody Colin Conor Conrad Corey Cosmin Craig Cristian \
Cristiano Csaba Curtis Cyril Dale Damian Damien Dan Daniel Danny Dario \
Dariusz Darko Darrell Darren Darryl Dave David Davide Declan Dejan \
Denis Dennis Derek Desmond Diego Dieter Dilip Dimitar Dimitri Dimitris Dino \
Dmitry Dominic Dominik Donald Doug Douglas Dragan Duncan Dusan Dwayne Dwight \
Dylan Eamon Ed Eddie Edgar Edmund Edouard Eduardo Edward Edwin Egor Elias \
Elliot Elliott Elmer Emeka Emil Emilio Emmanuel Enrique Enzo Ercan Eric Erik \
Ernesto Ernie Ernst Erwin Esteban Ethan Eugen Eugene Evan Everett Evgeny \
Fabian Fabio Fabrice Fahad Faisal Farhan Farid Federico Fedor Felipe Felix \
Fernand Fernando Filipe Filippo Florent Florian Floyd Francesco Francis \
Francisco Franco Francois Franz Fred Frederick Fredrik Friedrich Fumio \
Gabriel Gareth Garry Gary Gaston Gavin Gennady Gennaro Geoffrey Georg George \
Georgi Georgy Gerald Gerard Gerardo Gerhard Gerrit Gianluca Gianni Gilbert \
Gilles Giorgio Giorgos Giovanni Giuseppe Glenn Goran Gordon Gottfried Grady \
Graham Greg Gregory Grzegorz Guido Guillaume Gunnar Gunter Gustav Gustavo \
Hakan Hamid Hamza Hank Hans Harald Harold Harry Harvey Hasan Hassan Hector \
Heinrich Heinz Helmut Hendrik Henri Henrik Henry Herbert Herman Hernan \
Hiroaki Hiroshi Homer Horace Horst Howard Hubert Hugh Hugo Hussein Ian \
Ibrahim Ignacio Igor Ilya Imran Imre Ioannis Irving Isaac Isidro Ismail Ivan \
Ivo Jacek Jacob Jacques Jaime Jake Jakob Jakub James Jared Jaroslav Jaroslaw \
Jason Javier Jean-Claude Jean-Luc Jean-Pierre Jeff Jeffrey Jens Jeremiah \
Jeremy Jerome Jerry Jesper Jesse Jim Jimmie Jimmy Jiri Joachim Joaquin \
Jochen Joe Joel Joey Johan Johann Johannes John Johnny Jon Jonathan Jordi \
Jorge Joris Jose Josef Josep Joseph Josh Joshua Jozef Juan Jukka Julian \
Julien Julio Jurgen Justin Kamal Kamil Karel Karim Karl Karsten Kasper \
Kazimierz Kazuo Keith Kemal Ken Kenji Kenneth Kevin Khaled Khalid Kirill \
Kirk Klaus Koji Konstantin Kostas Krzysztof Kumar Kurt Kwame Kwasi Kyle \
Ladislav Larry Lars Laszlo Laurent Lawrence Leandro Lee Leif Lennart Leo \
Leon Leonard Leonardo Leopold Leroy Lewis Liam Lionel Lloyd Lonnie \
Lorenzo Lothar Louie Louis Lubomir Luc Luca Lucas Ludovic Ludwig Luis Lukas \
Luke Luther Lutz Lyle Maciej Magnus Mahmoud Mahmud Malcolm Malik Manfred \
Manolis Manuel Marc Marcel Marco Marcos Marcus Marek Mario Marius Marko \
Markus Martin Marty Marvin Masayoshi Mathieu Mats Matt Matteo Matthew \
Matthias Maurice Mauricio Mauro Maxim Maximilian Mehdi Mehmet Melvin Michael \
Michel Mick Mickey Miguel Mike Mikhail Mikhailo Milton Miroslav Mitch \
Mitchell Mohamed Mohammad Mohammed Mohsen Morris Muhammad Murat Mustafa \
Naoki Narendra Nasser Nathan Neal Neil Nelson Neville Nicholas Nick Nicky \
Nicolas Nigel Nikita Niklas Nikolai Nikolay Nikos Nils Noah Norbert Norman \
Olaf Oleg Oleksandr Oliver Olivier Omar Oscar Otto Owen Pablo Paolo Pascal \
Pasquale Patrice Patrick Paul Pavel Pavol Pawel Pedro Pekka Percy Perry \
Peter Petr Petros Phil Philip Philipp Philippe Pierluigi Pierre Pieter Piotr \
Predrag Quentin Radek Rafael Rafal Rahul Raimund Rainer Raj Rajesh Ralph \
Ramiro Ramon Randall Randolph Randy Raul Reggie Reginald Reinhard Rene Reza \
Ricardo Richard Rick Rinat Robert Roberto Rodney Rodolfo Rodrigo Roger \
Roland Rolf Romain Ron Ronald Rory Ross Roy Ruben Rudi Rudolf Rudy Rufus \
Rupert Russell Rustam Ryan Saeed Salman Samir Sammy Samuel Sandro Sanjay \
Satoshi Scott Sean Sebastian Sebastien Serge Sergei Sergey Sergio Serhiy \
Seth Shane Shinzo Sidney Sigmar Silvio Simon Slawomir Sonny Stanislav \
Stanislaw Stanley Stavros Stefan Stefano Stelios Stephen Steve Steven Stuart \
Sunil Sven Sylvain Szymon Tadeusz Takashi Takeshi Tamas Tarek Tariq Taro Ted \
Teodor Terrence Terry Theo Theodore Thierry Thomas Thorsten Tibor Tiger Tim \
Timothy Tiziano Tobias Toby Todd Tom Tomas Tomasz Tommy Tony Torsten Travis \
Trevor Tyler Ulrich Umberto Uwe Vaclav Valentin Valeri Valery Vasile Vasily \
Vernon Vikram Viktor Vince Vincent Vincenzo Vitali Vitaly Vladimir Vladislav \
Vojtech Volker Waldemar Wallace Walter Warren Wayne Wendell Werner Wesley \
Wieslaw Wilbur Wilfred Willard Willie Wim Winston Witold Wojciech Wolfgang \
Woody Xavier Yannick Yaroslav Yasser Yevgeny Yevhen Yoshihide Yossi Youssef \
Yuri Yusuf Yves Zachary Zbigniew Zdenek Zoltan Zoran Zygmunt \
Agus Antti Arjun Bilal Bram Budi Deepak Dimitrios Emre Fadi Gabor Haruto \
Ionut Istvan Jamal Jari Joost Juha Kamau Kofi Mikko Milos Mircea Nabil Nikola \
Ondrej Otieno Rami Ramesh Ravi Sipho Somchai Suresh Thabo Themba Thijs Timo \
Tunde Walid Wouter Yannis Ziad Radoslaw Yitzhak Moshe Ehud Shimon Avigdor \
Naftali Yair Aslan Ramzan \
Fritz Gerd Dirk Joerg Juergen Ulf Sten Lasse Kjell Sigurd Geir Arne Bengt \
Ingvar Olav Knut Espen Henning Heiko Ralf Sascha Detlef Dietmar Gunther \
Hartmut Holger Siegfried Udo Wilfried Winfried Alessio Carlo Claudio Corrado \
Daniele Domenico Emanuele Enrico Fabrizio Gianfranco Giancarlo Gino Giulio \
Luigi Marcello Massimo Maurizio Piero Raffaele Renato Romano \
Salvatore Tommaso Ugo Valerio Vittorio Adolfo Agustin Alejandro Alfredo \
Benito Cristobal Gonzalo Guillermo Joaquim Leonel Marcelo Mariano Octavio \
Rogelio Vicente Arkady Dmitri Evgeni Fyodor Gennadi Grigory Leonid Pyotr \
Ruslan Semyon Timur Vadim Vyacheslav Yegor Yury Dmytro Mykola Oleksiy Petro \
Volodymyr Denys Rustem Kyrylo Ihor Taras Yuriy Abdel Abdelaziz Abdulaziz \
Anwar Bassem Fawzi Hani Hisham Hosni Marwan Mounir Naguib Osama Rashid Salah \
Sami Zaid Bulent Fatih Mevlut Recep Selahattin Suleyman Akihiro Daisuke \
Haruhiko Hideki Ichiro Junichiro Katsuya Kazuhiro Kenichi Kiyoshi Kunio \
Makoto Masahiro Masaru Minoru Noboru Nobuo Osamu Ryutaro Shigeru Shinji \
Shinichi Susumu Tadashi Takeo Tetsuya Toshihiro Toshio Yasuhiro Yasuo Yoichi \
Yoshihiko Yoshiro Yukio Yuji Yutaka Ajay Ajit Amit Amitabh Anand Arun Arvind \
Ashish Gautam Manish Manoj Mukesh Nitin Piyush Pradeep Prakash Rajiv Rakesh \
Sachin Sanjeev Shashi Sudhir Vijay Vinod Vivek Abdoulaye Adama Babatunde \
Chinedu Kagiso Kgalema Mamadou Moussa Muhammadu Olusegun Oumar Ousmane Uhuru \
Yoweri Frans Geert Kees Maarten Ruud Sjoerd Wopke Mateusz Wladyslaw \
Frank Billy Raymond Stephan Nico Joakim Frederic Didier Niall Nolan Wasim \
Waqar Mushtaq Saqlain Ijaz Aamir Moin Salim Shakil Inzamam Youri Zinedine \
Mihai Orhan Sergen Tayfun Tristan Shawn Wally Costantino Viorel Tino Victor \
Ernest Phillip Earl Allen Jeffery Ricky Troy Ronnie Dustin Derrick Clyde \
Lester Brent \
Asif Mika Lance Mikael Tommi Sergi Kenny Frankie Damon Rui Rubens Laurence \
Jarmo Hidemichi Hicham Hal Alec Soren Shayne Robbie Renzo Padraig Noriyuki \
Linford Kris Jos Jeroen Eamonn Arnaud Zubair Younes Wataru Vinny Takuma \
Siraj Shuzo Shaun Shadab Seve Rusty Roshan Ronan Romesh Ravindra Raphael \
Nicklas Necmettin Mustapha Marcin Leander Klas Sanath Paddy Russ Rohan \
Noureddine Norberto \
Jeb Beau Aiden Jayden Caleb Darius Tyrone Deshawn Terrell Eoin Oisin Seamus \
Cormac Fergal Kieran Lorcan Tadhg Matti Kimmo Ville Heikki Tapio Olavi \
Petteri Gitanas Edgars Logan \
Siddharth Aditya Chukwuma Ayodele Joao Thiago Mateo Santiago Jannik Stefanos \
Casper Daniil Grigor Jonas Erling Kylian Vinicius Thibaut Luka Ilkay Toni \
Virgil Achraf Yassine Sadio Aurelien Diogo Gianluigi Mattia Kacper Facundo \
Mikel Unai Xabi Hansi Jude Jussi Sauli Kyriakos Nuno Dragos Alar Valdis Maros \
Apostolos Stephane Andrius";

/// Female given names, space-separated.
const FEMALE: &str = "\
Abigail Ada Adriana Agnes Agnieszka Aileen Aisha Akiko Alexandra Alice \
Alicia Alina Alison Alma Amal Amanda Amelia Amina Amy Ana Anastasia \
Anastasiya Angela Angelika Angelina Anita Anja Ann Anna Annalena Anne \
Annette Annika Antje Antonia Ariane Arlene Asa Astrid Audrey Ayesha Barbara \
Barbora Beata Beate Beatrice Beatriz Benedicte Bernadette Bettina Beverley \
Bianca Birgit Brenda Bridget Brigitte Camilla Camille Carla Carmen Carole \
Carolina Caroline Cassandra Catalina Catherine Cecilia Celine Charlene \
Cheryl Chiara Chloe Christa Christina Christine Cindy Claire Clara Claudia \
Claudine Colette Conchita Connie Corinne Cristina Cynthia Dagmar Daniela \
Darlene Debbie Deborah Delphine Denise Diana Diane Dina Dolores Dominika \
Donna Dora Doris Dorothy Edith Eileen Elaine Eleanor Elena Elif Elisabeth \
Eliza Elizabeth Elke Ella Ellen Ellie Eloise Elsa Elvira Emilia Emily Emine \
Emma Erika Erin Estelle Esther Eugenia Eunice Eva Evelyn Fabienne Fanny \
Fatima Felicity Fiona Frances Francesca Francine Francoise Gabriela \
Gabrielle Galina Gemma Geraldine Gertrud Gillian Gina Giovanna Gisela Giulia \
Gloria Greta Gudrun Gwen Hana Hanna Hannah Harriet Hayley Heather Hedwig \
Heidi Helen Helena Helene Helga Henrietta Hilary Hilde Hillary Ilona Imogen \
Ines Inga Inge Ingrid Irene Irina Irma Isabel Isabella Isabelle Ivana \
Jacqueline Jadwiga Jana Jane Janet Janice Jasmin Jeanne Jennifer Jenny \
Jessica Jill Joan Joanna Joanne Jocelyn Johanna Jolanta Josephine Joyce \
Juana Judit Judith Judy Julia Julie Juliette Justine Kaori Karen Karin \
Karina Karolina Katarina Katarzyna Kate Katherine Kathleen Kathryn Kathy \
Katie Katja Katrin Keiko Kerstin Kimberly Kirsten Kristin Kristina Laila \
Lara Larissa Laura Lauren Leah Leila Lena Leonie Leticia Lidia Liliana Linda \
Lindsay Lisa Liz Lois Lorena Loretta Lorraine Louise Lucia Luciana Lucille \
Lucy Ludmila Luisa Lydia Lynn Lyudmila Mabel Madeleine Magali Magdalena \
Manon Marcela Margaret Margarita Margit Maria Mariana Marianne Maribel Marie \
Marina Marion Marisa Marjorie Marlene Marta Martha Martina Martine Mary \
Maureen Maxine Maya Megan Melanie Melissa Meryl Mia Michelle Mildred Miriam \
Mona Monica Monika Muriel Myriam Nadezhda Nadia Nadine Nancy Naomi Natalia \
Natalie Natalya Nathalie Nelly Ngozi Nicole Nina Nora Noreen Norma Odile \
Oksana Olena Olga Olivia Pamela Patricia Patrizia Paula Paulina Pauline \
Penelope Petra Pilar Priscilla Rachel Rania Rebecca Renata Renate Rhonda \
Rita Roberta Rocio Rosa Rosalind Rosemary Roxana Ruth Sabine Sabrina Sadie \
Sally Salma Samantha Sandra Sandrine Sanna Sara Sarah Selma Serena Sharon \
Sheila Shirley Sibylle Silke Silvia Sinead Sofia Sofie Solveig Sonia Sonja \
Sophie Stella Stephanie Susan Susana Susanne Suzanne Svetlana Sylvia Sylvie \
Tamara Tamsin Tania Tanya Tatiana Tatyana Teresa Theresa Therese Tiffany \
Tina Ursula Ute Valentina Valeria Valerie Vanessa Vera Veronica Veronika \
Veronique Vicky Viktoria Violeta Vivian Wanda Wendy Yasmin Yelena Yoko \
Yolanda Yuko Yulia Yvette Yvonne Zainab Zara Zeynep Zoe Zofia Zuzana \
Abena Aino Andreea Anjali Chiamaka Dewi Eleni Femke Hiba Huda Ioana Jelena \
Kavita Lakshmi Layla Lenka Lerato Lina Malgorzata Mette Neha Nomvula Noura \
Pia Pooja Priya Sakura Samira Sanne Sigrid Siti Sunita Wanjiru Yara Zeinab \
Alla Alyona Daria Ekaterina Inna Kseniya Larisa Lyubov Polina Yekaterina \
Zhanna Fatma Hoda Mariam Noor Reem Yasmine Ayumi Emiko Junko Kazuko Kyoko \
Mariko Michiko Naoko Noriko Sachiko Tomoko Yumiko Yuriko Deepa Meena Nirmala \
Preeti Rekha Shobha Smriti Sushma Nkosazana Winnie Helle Ulla \
Steffi Tanja Antonella Xiomara Trine Stefka Severine Naina Betty Carol Debra \
Carolyn Beverly Tammy Lori Marilyn Bonnie Phyllis Annie Lillian Peggy Gladys \
Edna Sherry Thelma Shannon Ethel Carrie Juanita Danielle Gail Bertha Cathy \
Joann Regina Erica Bernice Dana Stacy Renee Ida Holly Brittany Jeanette \
Laurie Kristen Elsie Beth \
Arantxa Kimiko Anke Felicia Annett Aleksandra Iva Tami Radka Paola Natasha \
Kristie Olabisi Billie \
Melania Ivanka Kamala Krystal Courtney Kayla Sophia Ava Lily Latoya Keisha \
Tamika Imani Aaliyah Jasmine Siobhan Niamh Aoife Saoirse Roisin Caoimhe \
Freya Elin Anneli Kaja \
Betsy Kiki Ananya Amara Ayse Camila Ximena Ewa Iga Aryna Qinwen Mirra Henna \
Jaana Paivi Riikka Marja Giorgia Maia Kristrun Evika Dubravka Hadja Jessika";

/// Given names that both genders often bear, space-separated.
const EITHER: &str = "\
Alex Andrea Ashley Chris Dominique Jamie Jean Kai Leslie Nicola Robin Sam \
Sasha Simone Yuki Ananda Kari Nour Oluwaseun Kiran Michele Jackie \
Riley Skylar Tracy";

/// The embedded given names with their gender, if they have one.
pub(crate) fn embedded() -> impl Iterator<Item = (&'static str, Option<Gender>)> {
    let male = MALE.split_whitespace().map(|n| (n, Some(Gender::Male)));
    let female = FEMALE.split_whitespace().map(|n| (n, Some(Gender::Female)));
    male.chain(female).chain(EITHER.split_whitespace().map(|n| (n, None)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_name_is_listed_twice_or_for_both_genders() {
        let mut seen = std::collections::HashSet::new();
        for (name, _) in embedded() {
            assert!(seen.insert(name), "{name} is listed twice");
            assert!(name.chars().next().is_some_and(char::is_uppercase), "{name}");
        }
        assert!(seen.len() > 600, "{}", seen.len());
    }
}
